package org.accountsuccess.demo;

import java.util.List;

/** The words the demo data is made of: names, titles, company names, comments and subjects. */
final class Vocabulary {
    private Vocabulary() {
    }

    /** A country accounts are in: its web domain, legal-form suffix and currency ({@code null} = base EUR). */
    record Country(String code, String label, String tld, String legalSuffix, String currency, int weight) {
    }

    /** Something a respondent wrote, with the driver tags it names. */
    record Remark(String text, String drivers) {
    }

    static final List<Country> COUNTRIES = List.of(
            new Country("DE", "Deutschland", "de", "GmbH", null, 30),
            new Country("FR", "France", "fr", "SAS", null, 10),
            new Country("NL", "Nederland", "nl", "B.V.", null, 8),
            new Country("AT", "Austria", "at", "GmbH", null, 6),
            new Country("ES", "España", "es", "S.L.", null, 5),
            new Country("IT", "Italia", "it", "S.p.A.", null, 5),
            new Country("US", "US", "com", "Inc.", "USD", 21),
            new Country("GB", "UK", "co.uk", "Ltd", "GBP", 15));

    static final List<String> FIRST_NAMES = List.of("Anna", "Ben", "Carla", "David", "Elena", "Felix", "Grace",
            "Hugo", "Ines", "Jakob", "Julia", "Karim", "Laura", "Lukas", "Maria", "Martin", "Nina", "Oliver",
            "Paula", "Rafael", "Sara", "Simon", "Tanja", "Thomas", "Valerie", "William", "Yusuf", "Zoë", "Jürgen",
            "Céline", "Ángel", "Søren", "Chloé", "Noah", "Emily", "James", "Olivia", "Mateo", "Priya", "Wei",
            "Aisha", "Liam", "Sophie", "Marco", "Fatima", "Erik", "Hanna", "Pieter", "Isabel", "Kenji");

    static final List<String> LAST_NAMES = List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
            "Wagner", "Becker", "Hoffmann", "Dubois", "Laurent", "Moreau", "Bernard", "de Vries", "Jansen",
            "Bakker", "Rossi", "Bianchi", "Romano", "García", "Martínez", "López", "Smith", "Johnson", "Brown",
            "Taylor", "Wilson", "Davies", "Evans", "Clarke", "O'Brien", "Murphy", "Patel", "Khan", "Nguyen",
            "Kim", "Andersen", "Novak", "Kowalski", "Horvat", "Lindqvist", "Costa", "Silva", "Gruber", "Huber",
            "Walsh", "Cohen", "Schulz", "Keller", "Roux");

    static final List<String> BRAND_WORDS = List.of("Alpine", "Atlas", "Aurora", "Beacon", "Blue River",
            "Brightline", "Cedar", "Cobalt", "Crescent", "Delta", "Evergreen", "Falcon", "Granite", "Harbor",
            "Helix", "Horizon", "Ironwood", "Juniper", "Keystone", "Lakeside", "Meridian", "Nordic", "Northwind",
            "Oakridge", "Orion", "Pinnacle", "Polaris", "Quantum", "Redwood", "Riverside", "Sapphire",
            "Silverline", "Summit", "Tidewater", "Vertex", "Westbrook", "Zenith", "Arcadia", "Bluepeak",
            "Coral", "Driftwood", "Ember", "Fjord", "Greenfield", "Highland", "Kestrel", "Lumen", "Monarch",
            "Nimbus", "Pacific", "Sterling", "Trident", "Valley", "Wavecrest");

    /** Industries and the nouns their company names end in. */
    static final List<List<String>> INDUSTRY_NOUNS = List.of(
            List.of("Manufacturing", "Industries", "Components", "Machines", "Tooling"),
            List.of("Logistics", "Logistics", "Freight", "Transport"),
            List.of("Retail", "Retail", "Stores", "Trading"),
            List.of("Financial Services", "Capital", "Finance", "Insurance"),
            List.of("Software", "Software", "Systems", "Labs"),
            List.of("Energy", "Energy", "Power", "Utilities"),
            List.of("Healthcare", "Health", "Medical", "Clinics"),
            List.of("Education", "Academy", "Learning"),
            List.of("Public Administration", "Public Services", "Regional Authority"));

    static final List<String> DECISION_MAKER_TITLES = List.of("Chief Executive Officer", "Chief Financial Officer",
            "Chief Information Officer", "VP Operations", "Head of Procurement", "Managing Director",
            "Chief Operating Officer", "VP Customer Experience");

    static final List<String> INFLUENCER_TITLES = List.of("IT Manager", "Project Lead", "Head of Customer Service",
            "Operations Manager", "Team Lead Sales Operations", "Solution Architect", "Purchasing Manager",
            "Product Owner");

    static final List<String> USER_TITLES = List.of("Business Analyst", "Support Specialist", "Sales Coordinator",
            "System Administrator", "Data Engineer", "Customer Service Agent", "Account Assistant",
            "Controller", "Dispatcher", "Marketing Specialist");

    static final List<Remark> PROMOTER_REMARKS = List.of(
            new Remark("The platform just works, and support answers within the hour.",
                    "+product quality;+support responsiveness"),
            new Remark("Onboarding was smooth; our team was productive in a week.", "+onboarding;+ease of use"),
            new Remark("Our account manager knows our business, which makes all the difference.",
                    "+account management;+communication skills"),
            new Remark("Rock solid: not a single outage this year.", "+reliability"),
            new Remark("Très bon produit, équipe réactive.", "+product quality;+support responsiveness"),
            new Remark("The integrations saved us two FTEs, no exaggeration.", "+integrations;+value for money"),
            new Remark("Great value for money, and the roadmap is heading where we need it.",
                    "+value for money;+product quality"),
            new Remark("I already recommended you to two peers.", ""));

    static final List<Remark> PASSIVE_REMARKS = List.of(
            new Remark("Solid product, but the reporting module is clunky.", "+product quality;-reporting"),
            new Remark("Does what we need. Price increases make renewal discussions harder.",
                    "+product quality;-pricing"),
            new Remark("Support is friendly, but tickets take too long to close.",
                    "+communication skills;-support responsiveness"),
            new Remark("Good overall; the documentation could use more examples.", "-documentation"),
            new Remark("Two wishes:\n1. faster exports\n2. fewer newsletters", "-performance"),
            new Remark("Fine for day-to-day work, nothing special.", ""),
            new Remark("The new UI is nicer, but some features are harder to find now.", "+ease of use;-navigation"));

    static final List<Remark> DETRACTOR_REMARKS = List.of(
            new Remark("Our account manager rarely gets back to us.", "-communication skills;-account management"),
            new Remark("Three outages this quarter, that's not acceptable for a core system.", "-reliability"),
            new Remark("Support said \"it's a known issue\" and closed the ticket.",
                    "-support responsiveness;-communication skills"),
            new Remark("Too expensive for what we actually use.", "-pricing;-value for money"),
            new Remark("Reports are slow, and the numbers don't match our ERP.", "-reporting;-performance"),
            new Remark("Invoices were wrong twice, which cost us hours with finance.", "-billing"),
            new Remark("We were promised the integration for Q2. Still waiting.",
                    "-integrations;-communication skills"),
            new Remark("Nobody explained the new licence model to us.", "-communication skills;-pricing"));

    /*
     * What customers in German-speaking countries write: as many remarks as the English lists, with
     * the same drivers, so the dice fall the same way and only the language differs.
     */
    static final List<Remark> PROMOTER_REMARKS_DE = List.of(
            new Remark("Die Plattform läuft einfach, und der Support antwortet innerhalb einer Stunde.",
                    "+product quality;+support responsiveness"),
            new Remark("Das Onboarding war reibungslos; unser Team war nach einer Woche produktiv.",
                    "+onboarding;+ease of use"),
            new Remark("Unser Kundenbetreuer kennt unser Geschäft, das macht den Unterschied.",
                    "+account management;+communication skills"),
            new Remark("Absolut zuverlässig: kein einziger Ausfall in diesem Jahr.", "+reliability"),
            new Remark("Très bon produit, équipe réactive.", "+product quality;+support responsiveness"),
            new Remark("Die Schnittstellen sparen uns zwei Vollzeitstellen, ohne Übertreibung.",
                    "+integrations;+value for money"),
            new Remark("Sehr gutes Preis-Leistungs-Verhältnis, und die Roadmap passt zu uns.",
                    "+value for money;+product quality"),
            new Remark("Ich habe Sie schon zwei Kollegen empfohlen.", ""));

    static final List<Remark> PASSIVE_REMARKS_DE = List.of(
            new Remark("Solides Produkt, aber das Berichtsmodul ist umständlich.", "+product quality;-reporting"),
            new Remark("Tut, was wir brauchen. Die Preiserhöhungen erschweren die Verlängerung.",
                    "+product quality;-pricing"),
            new Remark("Der Support ist freundlich, aber Tickets dauern zu lange.",
                    "+communication skills;-support responsiveness"),
            new Remark("Insgesamt gut; die Dokumentation bräuchte mehr Beispiele.", "-documentation"),
            new Remark("Zwei Wünsche:\n1. schnellere Exporte\n2. weniger Newsletter", "-performance"),
            new Remark("Für die tägliche Arbeit in Ordnung, nichts Besonderes.", ""),
            new Remark("Die neue Oberfläche ist schöner, aber manche Funktionen sind schwerer zu finden.",
                    "+ease of use;-navigation"));

    static final List<Remark> DETRACTOR_REMARKS_DE = List.of(
            new Remark("Unser Kundenbetreuer meldet sich kaum zurück.", "-communication skills;-account management"),
            new Remark("Drei Ausfälle in diesem Quartal, das ist für ein Kernsystem nicht akzeptabel.", "-reliability"),
            new Remark("Der Support sagte \"bekanntes Problem\" und schloss das Ticket.",
                    "-support responsiveness;-communication skills"),
            new Remark("Zu teuer für das, was wir tatsächlich nutzen.", "-pricing;-value for money"),
            new Remark("Berichte sind langsam, und die Zahlen stimmen nicht mit unserem ERP überein.",
                    "-reporting;-performance"),
            new Remark("Die Rechnungen waren zweimal falsch, das hat uns Stunden mit der Buchhaltung gekostet.",
                    "-billing"),
            new Remark("Die Schnittstelle war für Q2 versprochen. Wir warten immer noch.",
                    "-integrations;-communication skills"),
            new Remark("Niemand hat uns das neue Lizenzmodell erklärt.", "-communication skills;-pricing"));

    static final List<String> POSITIVE_DRIVERS = List.of("product quality", "support responsiveness", "ease of use",
            "reliability", "onboarding", "account management", "integrations", "value for money");

    static final List<String> NEGATIVE_DRIVERS = List.of("communication skills", "pricing", "reporting",
            "reliability", "support responsiveness", "documentation", "performance", "billing");

    static final List<String> EMPLOYEE_REMARKS = List.of("Great team, but too many meetings.",
            "Unclear career paths in this department.", "I like the flexibility of hybrid work.",
            "Tools are outdated; we lose time every day.", "Management listens, and things change.",
            "Workload has been too high since spring.", "Proud of what we ship.",
            "Onboarding of new colleagues needs more structure.");

    static final List<String> TICKET_SUBJECTS = List.of("Login fails after password reset",
            "Export to CSV times out", "Invoice shows wrong VAT rate", "Dashboard widgets load slowly",
            "API returns 500 on bulk update", "User cannot be deactivated", "Question about SSO setup",
            "Report totals differ from ERP, again", "Email notifications arrive late",
            "Mobile app crashes on \"Save\"", "Request: add a field to the contact form",
            "Data import rejected, line 42");

    static final List<String> MEETING_SUBJECTS = List.of("Roadmap workshop", "Implementation status",
            "Onboarding session for new users", "Integration planning", "Licence review", "Steering committee");

    static final List<String> CALL_SUBJECTS = List.of("Check-in call", "Follow-up on support ticket",
            "Renewal discussion", "Feedback on the last survey", "Call about the new pricing",
            "Quick question about reporting");

    static final List<String> EMAIL_SUBJECTS = List.of("Re: renewal quote", "Meeting notes", "Re: open ticket",
            "Training dates", "Re: invoice question", "Product update, release 4.2", "Re: user licences",
            "Agenda for next week");

    static final List<String> CAMPAIGN_SUBJECTS = List.of("Webinar: reporting best practices",
            "Early-bird tickets for our user conference", "New: Integration Hub", "Customer story: how Atlas cut costs",
            "Survey: help us shape the roadmap", "Holiday support hours");

    static final List<String> OTHER_SUBJECTS = List.of("Met at trade fair", "Attended webinar",
            "Posted in the community forum", "Referral from a partner");
}
