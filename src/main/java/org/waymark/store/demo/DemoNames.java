package org.waymark.store.demo;

import java.util.List;

/** The word lists the demo workspace draws its fictional people, companies and places from. */
final class DemoNames {

    static final List<String> FIRST_NAMES = List.of("Avery", "Jordan", "Taylor", "Morgan", "Riley", "Casey",
            "Jamie", "Quinn", "Harper", "Rowan", "Elena", "Mateo", "Sofia", "Liam", "Noah", "Olivia", "Emma",
            "Amara", "Kenji", "Yuki", "Priya", "Arjun", "Fatima", "Omar", "Chloé", "Lukas", "Ingrid", "Sven",
            "Aoife", "Siobhan", "Diego", "Lucía", "Wei", "Mei", "Tomás", "Zoë", "Nadia", "Ivan", "Hana", "Kofi",
            "Ada", "Grace", "Felix", "Hugo", "Isla", "Leo", "Maya", "Nina", "Oscar", "Ruby");

    static final List<String> LAST_NAMES = List.of("Smith", "Johnson", "Garcia", "Martinez", "Nguyen", "Kim",
            "Patel", "Müller", "Schmidt", "Dubois", "Martin", "Rossi", "Bianchi", "Novak", "Kowalski", "Jensen",
            "Larsen", "O'Brien", "Murphy", "Walsh", "Tanaka", "Suzuki", "Chen", "Wang", "Singh", "Khan", "Silva",
            "Santos", "Costa", "Okafor", "Mensah", "Haddad", "Cohen", "Levi", "Andersson", "Berg", "Fischer",
            "Weber", "Moreau", "Lefèvre", "Brown", "Wilson", "Taylor", "Clarke", "Hughes", "Reyes", "Flores",
            "Ivanova", "Petrov", "Yilmaz");

    static final List<String> COMPANY_PREFIXES = List.of("Apex", "Blue Ridge", "Cedar", "Summit", "Northwind",
            "Harbor", "Granite", "Maple", "Silverline", "Redwood", "Lakeside", "Ironwood", "Brightwater",
            "Evergreen", "Keystone", "Meridian", "Pioneer", "Riverbend", "Starling", "Tidewater");

    static final List<String> COMPANY_SUFFIXES = List.of("Logistics", "Foods", "Health", "Labs", "Outfitters",
            "Energy", "Financial", "Media", "Robotics", "Textiles", "Travel", "Pharma", "Motors", "Software",
            "Retail");

    static final List<String> INDUSTRIES = List.of("Retail", "Manufacturing", "Healthcare", "Financial services",
            "Technology", "Hospitality", "Energy", "Media");

    static final List<String> JOB_TITLES = List.of("Marketing manager", "Head of operations", "Buyer",
            "Chief executive", "IT director", "Sales lead", "Analyst", "Office manager", "Product owner",
            "Procurement specialist");

    /** City, country, and the business unit that serves it. */
    record City(String name, String country, String businessUnit) {
    }

    static final String ORGANIZATION = "Bluefield";
    static final String AMERICAS = "Bluefield Americas";
    static final String EUROPE = "Bluefield Europe";

    static final List<City> CITIES = List.of(
            new City("New York", "United States", AMERICAS),
            new City("Boston", "United States", AMERICAS),
            new City("Chicago", "United States", AMERICAS),
            new City("Seattle", "United States", AMERICAS),
            new City("Austin", "United States", AMERICAS),
            new City("Toronto", "Canada", AMERICAS),
            new City("London", "United Kingdom", EUROPE),
            new City("Manchester", "United Kingdom", EUROPE),
            new City("Berlin", "Germany", EUROPE),
            new City("Paris", "France", EUROPE),
            new City("Amsterdam", "Netherlands", EUROPE));

    private DemoNames() {
    }
}
