package org.accountsuccess.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.accountsuccess.demo.DemoAccount.Trend;
import org.accountsuccess.demo.Vocabulary.Country;
import org.accountsuccess.host.spi.Role;

/** The demo tenant's users, accounts and contacts (users.csv, accounts.csv, contacts.csv). */
final class Customers {
    /** How many accounts the demo tenant has. */
    static final int ACCOUNTS = 200;

    private record User(String id, String name, String roles) {
    }

    private static final List<User> USERS = List.of(
            new User("u-admin", "Morgan Ellis", "admin"),
            new User("u-manager", "Priya Raman", "manager;rep"),
            new User("u-rep1", "Jonas Weber", "rep"),
            new User("u-rep2", "Claire Martin", "rep"),
            new User("u-rep3", "Tom Fischer", "rep"),
            new User("u-rep4", "Sofia Rossi", "rep"),
            new User("u-rep5", "Daniel Okafor", "rep"),
            new User("u-rep6", "Emma Lindqvist", "rep"),
            new User("u-hr", "Hannah Brooks", "hr"));

    private static final List<String> REPS = List.of("u-rep1", "u-rep2", "u-rep3", "u-rep4", "u-rep5", "u-rep6");

    private final List<DemoAccount> accounts = new ArrayList<>();
    private final Map<String, List<DemoContact>> contacts = new LinkedHashMap<>();

    private Customers() {
    }

    static Customers generate(Dice dice) {
        Customers customers = new Customers();
        Map<String, String> brands = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        int contactSeq = 0;
        for (int i = 1; i <= ACCOUNTS; i++) {
            DemoAccount account = customers.newAccount(dice, i, brands, names);
            List<DemoContact> people = new ArrayList<>();
            for (Role role : Role.values()) {
                int count = contactCount(dice, account.tier(), role);
                for (int k = 0; k < count; k++) {
                    people.add(newContact(dice, String.format(Locale.ROOT, "con-%05d", ++contactSeq), account, role,
                            people));
                }
            }
            customers.accounts.add(account);
            customers.contacts.put(account.id(), List.copyOf(people));
        }
        return customers;
    }

    List<DemoAccount> accounts() {
        return accounts;
    }

    List<DemoContact> contacts(String accountId) {
        return contacts.get(accountId);
    }

    List<CsvFile> files() {
        CsvFile users = new CsvFile("users.csv", "user_id", "name", "roles");
        USERS.forEach(u -> users.row(u.id(), u.name(), u.roles()));
        CsvFile accountFile = new CsvFile("accounts.csv", "account_id", "name", "owner", "segment", "tier",
                "industry", "country", "parent_account_id", "currency");
        accounts.forEach(a -> accountFile.row(a.id(), a.name(), a.owner(), a.segment(), a.tier(), a.industry(),
                a.country(), a.parentId(), a.currency()));
        CsvFile contactFile = new CsvFile("contacts.csv", "contact_id", "account_id", "name", "email", "title", "role",
                "active");
        contacts.values().forEach(people -> people.forEach(c -> contactFile.row(c.id(), c.accountId(), c.name(),
                c.email(), c.title(), c.role(), c.active())));
        return List.of(users, accountFile, contactFile);
    }

    private DemoAccount newAccount(Dice dice, int index, Map<String, String> brands, Set<String> names) {
        String id = String.format(Locale.ROOT, "acc-%03d", index);
        // A few later accounts are subsidiaries of an earlier tier-1 account, named after it.
        List<DemoAccount> parents = accounts.stream().filter(a -> a.tier() == 1 && a.parentId() == null).toList();
        DemoAccount parent = index > 40 && dice.chance(0.05) ? dice.pick(parents) : null;
        int tier = parent != null ? dice.between(2, 3) : tierOf(dice);
        List<String> industry = parent != null
                ? Vocabulary.INDUSTRY_NOUNS.stream().filter(l -> l.get(0).equals(parent.industry())).findFirst()
                        .orElseThrow()
                : dice.pick(Vocabulary.INDUSTRY_NOUNS);
        boolean publicSector = industry.get(0).equals("Public Administration");
        String segment = publicSector ? "Public Sector"
                : industry.get(0).equals("Healthcare") ? "Healthcare"
                : segmentOf(dice, tier);
        Country country;
        String brand;
        String name;
        do {
            country = country(dice);
            if (parent != null) {
                brand = brands.get(parent.id());
                name = country.code().equals(parent.country()) ? null
                        : brand + " " + country.label() + " " + country.legalSuffix();
            } else if (industry.get(0).equals("Financial Services") && dice.chance(0.3)) {
                // Partnerships carry a comma in their name, which CSV must quote.
                brand = dice.pick(Vocabulary.LAST_NAMES) + ", " + dice.pick(Vocabulary.LAST_NAMES) + " & Partners";
                name = brand + " " + (country.currency() == null ? country.legalSuffix() : "LLP");
            } else {
                brand = dice.pick(Vocabulary.BRAND_WORDS) + " " + industry.get(dice.between(1, industry.size() - 1));
                name = publicSector ? brand : brand + " " + country.legalSuffix();
            }
            // Brands are unique, so are email domains: a subsidiary uses its parent's brand in another country.
        } while (name == null || !names.add(name) || (parent == null && brands.containsValue(brand)));
        brands.put(id, brand);
        Sentiment sentiment = Sentiment.values()[dice.weighted(40, 30, 30)];
        Trend trend = Trend.values()[dice.weighted(70, 15, 15)];
        return new DemoAccount(id, name, dice.pick(REPS), segment, tier, industry.get(0), country.code(),
                parent == null ? null : parent.id(), country.currency(), slug(brand) + "." + country.tld(), sentiment,
                trend, dice.between(0.45, 0.9));
    }

    private static Country country(Dice dice) {
        int[] weights = Vocabulary.COUNTRIES.stream().mapToInt(Country::weight).toArray();
        return Vocabulary.COUNTRIES.get(dice.weighted(weights));
    }

    private static int tierOf(Dice dice) {
        return 1 + dice.weighted(15, 35, 50);
    }

    private static String segmentOf(Dice dice, int tier) {
        return switch (tier) {
            case 1 -> dice.chance(0.8) ? "Enterprise" : "Mid-Market";
            case 2 -> dice.chance(0.75) ? "Mid-Market" : "Enterprise";
            default -> dice.chance(0.8) ? "SMB" : "Mid-Market";
        };
    }

    /** Contacts per role: what the tier's coverage check asks for or a few more, now and then one fewer. */
    private static int contactCount(Dice dice, int tier, Role role) {
        int[][] ranges = switch (tier) {
            case 1 -> new int[][] {{2, 3}, {3, 4}, {5, 7}};
            case 2 -> new int[][] {{1, 2}, {2, 3}, {3, 4}};
            default -> new int[][] {{1, 2}, {1, 2}, {1, 3}};
        };
        int[] range = ranges[role.ordinal()];
        return Math.max(1, dice.between(range[0], range[1]) - (dice.chance(0.1) ? 1 : 0));
    }

    private static DemoContact newContact(Dice dice, String id, DemoAccount account, Role role,
            List<DemoContact> colleagues) {
        String first;
        String last;
        do {
            first = dice.pick(Vocabulary.FIRST_NAMES);
            last = dice.pick(Vocabulary.LAST_NAMES);
        } while (hasName(colleagues, first + " " + last));
        String local = dice.chance(0.8) ? slug(first) + "." + slug(last) : slug(first).charAt(0) + slug(last);
        String title = dice.pick(switch (role) {
            case A -> Vocabulary.DECISION_MAKER_TITLES;
            case B -> Vocabulary.INFLUENCER_TITLES;
            case C -> Vocabulary.USER_TITLES;
        });
        LocalDate leftOn = dice.chance(0.08)
                ? dice.day(LocalDate.of(2025, 3, 1), DemoDataSet.ANCHOR.minusDays(30))
                : null;
        int bias = dice.weighted(5, 20, 50, 20, 5) - 2;
        return new DemoContact(id, account.id(), first + " " + last, local + "@" + account.domain(), title, role,
                leftOn, bias);
    }

    private static boolean hasName(List<DemoContact> people, String name) {
        return people.stream().anyMatch(c -> c.name().equals(name));
    }

    /** Lower-case ASCII letters and digits only: "Müller & O'Brien" becomes "mullerobrien". */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text.replace("ø", "o").replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
