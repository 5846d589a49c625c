package org.waymark.store.audience;

import static org.waymark.store.schema.Tables.ACCOUNT;
import static org.waymark.store.schema.Tables.BUSINESS_UNIT;
import static org.waymark.store.schema.Tables.CONTACT;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.waymark.model.audience.ContactImportReport;
import org.waymark.model.audience.ContactRules;
import org.waymark.model.audience.DuplicatePolicy;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.source.CsvFormatDetector;
import org.waymark.model.source.CsvOptions;
import org.waymark.model.source.SourceFile;
import org.waymark.model.source.SourceFileException;
import org.waymark.store.Store;

/**
 * Imports contacts from a CSV file, all or nothing. Columns (any order, header names as written or in snake case):
 * {@code email}, {@code first_name}, {@code last_name} are required; {@code phone}, {@code job_title}, {@code city},
 * {@code country}, {@code account} (an existing account's name), {@code business_unit} (an existing unit's name; the
 * first unit when absent) and {@code consent} (a rank 0–5 or a level such as MARKETING) are optional. A row whose
 * email is already a contact's (any case) updates that contact or is skipped, as the caller chooses. Every row is
 * checked before anything is written; the first bad value stops the import with its file, row and column.
 */
public final class ContactImporter {

    private static final List<String> REQUIRED = List.of("email", "first_name", "last_name");

    private final Store store;

    public ContactImporter(Store store) {
        this.store = store;
    }

    public ContactImportReport importFile(Path file, CsvOptions options, DuplicatePolicy duplicates) {
        Long firstUnit = store.dsl().select(BUSINESS_UNIT.ID).from(BUSINESS_UNIT).orderBy(BUSINESS_UNIT.ID).limit(1)
                .fetchOne(BUSINESS_UNIT.ID);
        List<ContactLine> lines = read(file, options, firstUnit);
        String fileName = String.valueOf(file.getFileName());
        return store.dsl().transactionResult(tx -> write(tx.dsl(), fileName, lines, duplicates,
                firstUnit == null ? 0 : firstUnit));
    }

    private List<ContactLine> read(Path file, CsvOptions options, Long firstUnit) {
        DSLContext dsl = store.dsl();
        Map<String, Long> accounts = lowerCaseIds(dsl.select(ACCOUNT.NAME, ACCOUNT.ID).from(ACCOUNT).fetchMap(
                ACCOUNT.NAME, ACCOUNT.ID));
        Map<String, Long> units = lowerCaseIds(dsl.select(BUSINESS_UNIT.NAME, BUSINESS_UNIT.ID).from(BUSINESS_UNIT)
                .fetchMap(BUSINESS_UNIT.NAME, BUSINESS_UNIT.ID));
        try (SourceFile csv = SourceFile.open(file, new CsvFormatDetector().detect(file, options))) {
            Map<String, Integer> column = new HashMap<>();
            for (int i = 0; i < csv.names().size(); i++) {
                column.put(csv.names().get(i), i);
            }
            for (String required : REQUIRED) {
                if (!column.containsKey(required)) {
                    throw new SourceFileException(csv.fileName(), 1, required, "this column is required "
                            + "(the file has: " + String.join(", ", csv.names()) + ")");
                }
            }
            List<ContactLine> lines = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            for (List<String> fields = csv.next(); fields != null; fields = csv.next()) {
                ContactFields row = new ContactFields(csv, fields, column);
                String email = row.required("email").toLowerCase(Locale.ROOT);
                if (!ContactRules.isEmailAddress(email)) {
                    throw row.problem("email", "\"" + email + "\" is not an email address");
                }
                Long earlier = seen.putIfAbsent(email, csv.row());
                if (earlier != null) {
                    throw row.problem("email", email + " is already in row " + earlier);
                }
                Long account = row.lookup("account", accounts, "no account named");
                Long unit = row.lookup("business_unit", units, "no business unit named");
                if (unit == null && firstUnit == null && !existingEmail(dsl, email)) {
                    throw row.problem("business_unit", "the store has no business unit yet");
                }
                lines.add(new ContactLine(email, row.required("first_name"), row.required("last_name"),
                        row.optional("phone"), row.optional("job_title"), row.optional("city"), row.optional("country"),
                        account, unit, consent(row)));
            }
            return lines;
        } catch (IOException e) {
            throw new SourceFileException(String.valueOf(file), "cannot be read: " + e.getMessage());
        }
    }

    private static boolean existingEmail(DSLContext dsl, String email) {
        // the indexed match key (lower(trim(email))), so that each row's check is one index lookup
        return dsl.fetchExists(CONTACT, org.waymark.store.MatchKeys.email(CONTACT).eq(org.jooq.impl.DSL.lower(org.jooq.impl.DSL.trim(
                org.jooq.impl.DSL.val(email)))));
    }

    private static Integer consent(ContactFields row) {
        String text = row.optional("consent");
        if (text == null) {
            return null;
        }
        try {
            int rank = Integer.parseInt(text);
            return ConsentLevel.ofRank(rank).rank();
        } catch (IllegalArgumentException notARank) {
            try {
                return ConsentLevel.valueOf(text.toUpperCase(Locale.ROOT).replace(' ', '_')).rank();
            } catch (IllegalArgumentException unknown) {
                throw row.problem("consent", "\"" + text + "\" is not a consent level (0–5, or NONE, CONSENT_GIVEN, "
                        + "TRANSACTIONAL, SUBSCRIPTIONS, MARKETING, PROFILING)");
            }
        }
    }

    private static ContactImportReport write(DSLContext ctx, String fileName, List<ContactLine> lines,
                                             DuplicatePolicy duplicates, long defaultUnit) {
        Map<String, Long> existing = new HashMap<>();
        ctx.select(CONTACT.EMAIL, CONTACT.ID).from(CONTACT).where(CONTACT.EMAIL.isNotNull())
                .forEach(r -> existing.putIfAbsent(r.value1().strip().toLowerCase(Locale.ROOT), r.value2()));
        long added = 0;
        long updated = 0;
        long skipped = 0;
        for (ContactLine line : lines) {
            Long id = existing.get(line.email());
            if (id == null) {
                line.insert(ctx, defaultUnit);
                added++;
            } else if (duplicates == DuplicatePolicy.UPDATE) {
                line.update(ctx, id);
                updated++;
            } else {
                skipped++;
            }
        }
        return new ContactImportReport(fileName, added, updated, skipped);
    }

    private static Map<String, Long> lowerCaseIds(Map<String, Long> byName) {
        Map<String, Long> ids = new HashMap<>();
        byName.forEach((name, id) -> ids.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), id));
        return ids;
    }
}
