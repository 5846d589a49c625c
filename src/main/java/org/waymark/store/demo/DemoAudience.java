package org.waymark.store.demo;

import static org.waymark.store.schema.Tables.ACCOUNT;
import static org.waymark.store.schema.Tables.BUSINESS_UNIT;
import static org.waymark.store.schema.Tables.CONTACT;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.waymark.store.demo.DemoNames.City;

/** Generates the demo's business units, accounts and contacts with their consent and subscriptions. */
final class DemoAudience {

    static final String NEWSLETTER = "Newsletter";
    static final String EVENT_INVITATIONS = "Event invitations";
    static final String PRODUCT_UPDATES = "Product updates";

    /** Consent ranks 0..5, weighted towards marketing consent. */
    private static final int[] CONSENT_WEIGHTS = {5, 10, 10, 20, 40, 15};

    private final Random random;
    private final LocalDateTime now;
    private final int accountCount;
    private final int contactCount;

    DemoAudience(Random random, LocalDateTime now, int accountCount, int contactCount) {
        this.random = random;
        this.now = now;
        this.accountCount = accountCount;
        this.contactCount = contactCount;
    }

    List<DemoContact> generate(DSLContext ctx) {
        Map<String, Long> units = businessUnits(ctx);
        List<AccountRow> accounts = accounts(ctx, units);
        return contacts(ctx, units, accounts);
    }

    private Map<String, Long> businessUnits(DSLContext ctx) {
        Map<String, Long> units = new HashMap<>();
        long id = 1;
        for (String name : List.of(DemoNames.ORGANIZATION, DemoNames.AMERICAS, DemoNames.EUROPE)) {
            ctx.insertInto(BUSINESS_UNIT, BUSINESS_UNIT.ID, BUSINESS_UNIT.NAME, BUSINESS_UNIT.PARENT_ID)
                    .values(id, name, id == 1 ? null : 1L).execute();
            units.put(name, id++);
        }
        return units;
    }

    private record AccountRow(long id, String name, City city, String domain) {
    }

    private List<AccountRow> accounts(DSLContext ctx, Map<String, Long> units) {
        List<String> names = new ArrayList<>();
        for (String prefix : DemoNames.COMPANY_PREFIXES) {
            for (String suffix : DemoNames.COMPANY_SUFFIXES) {
                names.add(prefix + " " + suffix);
            }
        }
        java.util.Collections.shuffle(names, random);
        List<AccountRow> rows = new ArrayList<>();
        BatchBindStep batch = ctx.batch(ctx.insertInto(ACCOUNT, ACCOUNT.ID, ACCOUNT.NAME, ACCOUNT.INDUSTRY,
                ACCOUNT.CITY, ACCOUNT.COUNTRY, ACCOUNT.WEBSITE, ACCOUNT.BUSINESS_UNIT_ID, ACCOUNT.CREATED_AT)
                .values((Long) null, null, null, null, null, null, null, null));
        for (int i = 0; i < accountCount; i++) {
            long id = i + 1;
            String name = names.get(i % names.size()) + (i < names.size() ? "" : " " + (i / names.size() + 1));
            City city = city();
            String domain = ascii(name).replace(" ", "").toLowerCase(Locale.ROOT) + ".example";
            rows.add(new AccountRow(id, name, city, domain));
            batch.bind(id, name, pick(DemoNames.INDUSTRIES), city.name(), city.country(), "https://www." + domain,
                    units.get(city.businessUnit()), now.minusDays(400 + random.nextInt(1500)));
        }
        batch.execute();
        return rows;
    }

    private List<DemoContact> contacts(DSLContext ctx, Map<String, Long> units, List<AccountRow> accounts) {
        List<DemoContact> contacts = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        BatchBindStep batch = ctx.batch(ctx.insertInto(CONTACT, CONTACT.ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME,
                CONTACT.EMAIL, CONTACT.PHONE, CONTACT.JOB_TITLE, CONTACT.CITY, CONTACT.COUNTRY, CONTACT.ACCOUNT_ID,
                CONTACT.BUSINESS_UNIT_ID, CONTACT.CONSENT_RANK, CONTACT.CREATED_AT)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null));
        for (int i = 0; i < contactCount; i++) {
            long id = i + 1;
            String first = pick(DemoNames.FIRST_NAMES);
            String last = pick(DemoNames.LAST_NAMES);
            AccountRow account = random.nextInt(10) == 0 ? null : accounts.get(random.nextInt(accounts.size()));
            City city = account != null && random.nextInt(5) > 0 ? account.city() : city();
            String domain = account != null ? account.domain() : "mail.example";
            String email = uniqueEmail(emails, first, last, domain);
            int consent = weighted(CONSENT_WEIGHTS);
            batch.bind(id, first, last, email, phone(city), pick(DemoNames.JOB_TITLES), city.name(), city.country(),
                    account == null ? null : account.id(), units.get(city.businessUnit()), consent,
                    now.minusDays(370 + random.nextInt(1000)));
            contacts.add(new DemoContact(id, account == null ? null : account.id(), consent, subscriptions(consent)));
        }
        batch.execute();
        return contacts;
    }

    private Set<String> subscriptions(int consent) {
        Set<String> lists = new LinkedHashSet<>();
        if (consent < 3) {
            return lists;
        }
        if (random.nextInt(100) < 55) {
            lists.add(NEWSLETTER);
        }
        if (random.nextInt(100) < 30) {
            lists.add(EVENT_INVITATIONS);
        }
        if (random.nextInt(100) < 35) {
            lists.add(PRODUCT_UPDATES);
        }
        return lists;
    }

    private String uniqueEmail(Set<String> taken, String first, String last, String domain) {
        String base = (ascii(first) + "." + ascii(last)).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
        String email = base + "@" + domain;
        for (int n = 2; !taken.add(email); n++) {
            email = base + n + "@" + domain;
        }
        return email;
    }

    private String phone(City city) {
        String prefix = city.country().equals("United States") || city.country().equals("Canada") ? "+1 555 "
                : "+44 20 ";
        return prefix + String.format(Locale.ROOT, "%03d %04d", random.nextInt(1000), random.nextInt(10000));
    }

    /** New York is the biggest city in the demo, so the reference journey's segment is well filled. */
    private City city() {
        return random.nextInt(4) == 0 ? DemoNames.CITIES.get(0) : pick(DemoNames.CITIES);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("'", "");
    }
}
