package org.accountsuccess.benchmarks.tenant;

import java.util.Arrays;
import java.util.List;

/**
 * The words a generated tenant is written in. The columns store small codes into these lists;
 * the host turns them into text only when it hands a record over.
 */
final class Vocabulary {
    private Vocabulary() {
    }

    /** Code 0 of every optional coded column means "absent". */
    static final int NONE = 0;

    static final List<String> SEGMENTS = List.of("Enterprise", "Mid-Market", "SMB", "Public Sector");
    static final List<String> INDUSTRIES = List.of("Manufacturing", "Retail", "Healthcare", "Financial Services",
            "Logistics", "Software", "Energy", "Education");
    static final List<String> COUNTRIES = List.of("DE", "FR", "NL", "AT", "CH", "GB", "US", "ES", "IT", "SE");
    /** Index 0 is the absent currency (the account's, else the base currency). */
    static final List<String> CURRENCIES = Arrays.asList(null, "EUR", "USD", "GBP");
    static final int EUR = 1;
    static final int USD = 2;
    static final int GBP = 3;

    static final List<String> PRODUCTS = List.of("Core Platform", "Analytics", "Support Plus", "Extra Seats");
    static final int CORE_PRODUCT = 0;

    static final List<String> SURVEYS = List.of("s-relationship", "s-support");
    static final int RELATIONSHIP_SURVEY = 0;
    static final int SUPPORT_SURVEY = 1;

    static final List<String> DRIVERS = List.of("communication skills", "product quality", "support response time",
            "pricing", "onboarding", "reliability", "account management");

    static final List<String> NAME_STEMS = List.of("Northwind", "Bluefield", "Helios", "Kestrel", "Granite", "Lumen",
            "Orchard", "Meridian", "Alder", "Vantage", "Cobalt", "Riverstone", "Summit", "Harbor", "Juniper", "Atlas",
            "Beacon", "Cedar", "Falcon", "Ironwood", "Larkspur", "Nimbus", "Quarry", "Sterling");
    static final List<String> NAME_SUFFIXES = List.of("Logistics", "Foods", "Systems", "Health", "Energy",
            "Partners", "Retail", "Labs", "Manufacturing", "Finance", "Group", "Works");

    static final List<String> FIRST_NAMES = List.of("Anna", "Ben", "Clara", "David", "Elif", "Finn", "Greta",
            "Hugo", "Ines", "Jonas", "Karin", "Luca", "Mara", "Noah", "Olga", "Paul", "Rosa", "Sven", "Tara", "Umar");
    static final List<String> LAST_NAMES = List.of("Berger", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia",
            "Hansen", "Ivanova", "Jansen", "Keller", "Lindqvist", "Moreau", "Novak", "Okafor", "Peeters", "Rossi",
            "Schmidt", "Tanaka", "Weber", "Yilmaz", "Zimmermann");
    /** Job titles by role: decision makers, influencers, users. */
    static final List<List<String>> TITLES = List.of(
            List.of("CIO", "CFO", "Head of Operations", "VP Customer Service"),
            List.of("IT Manager", "Team Lead", "Procurement Manager", "Project Manager"),
            List.of("Analyst", "Engineer", "Coordinator", "Specialist", "Agent"));

    /** Activity subjects by activity type ordinal. */
    static final List<List<String>> SUBJECTS = List.of(
            List.of("Login fails after update", "Export times out", "Invoice question", "Data import error",
                    "Feature request: bulk edit"),
            List.of("Quarterly business review", "Annual business review"),
            List.of("Roadmap meeting", "Onboarding workshop", "Renewal meeting"),
            List.of("Check-in call", "Follow-up call", "Escalation call"),
            List.of("Re: your question", "Meeting notes", "Proposal"),
            List.of("Product newsletter", "Webinar invitation", "Release notes", "Event invitation"),
            List.of("On-site visit", "Executive visit"),
            List.of("Note", "Task"));
}
