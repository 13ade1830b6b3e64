package org.accountsuccess.tryton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.DriverTag;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.host.spi.SurveyInvitation;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.tryton.rpc.TrytonClient;
import org.accountsuccess.tryton.rpc.TrytonException;
import org.accountsuccess.tryton.rpc.TrytonValues;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a {@link TrytonSnapshot} through the JSON-RPC API, model by model and page by page. A
 * record that cannot become a host record (a tier category "4", a subscription line without a
 * recurrence) fails the whole read with a message naming the Tryton record and field: figures are
 * never computed from part of the data.
 */
final class TrytonReader {
    /** Starts the text of every note the closed loop writes; such notes are not activities. */
    static final String FOLLOW_UP_MARKER = "[account-success follow-up ";

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final int MRR_SCALE = 6;

    private final TrytonClient client;
    private final TrytonMapping mapping;

    TrytonReader(TrytonClient client, TrytonMapping mapping) {
        this.client = client;
        this.mapping = mapping;
    }

    TrytonSnapshot read(Instant now) {
        Map<Long, Account> accounts = accounts();
        Map<String, Long> partyIds = new HashMap<>();
        accounts.forEach((party, account) -> partyIds.put(account.id(), party));
        Map<String, Account> byId = new LinkedHashMap<>();
        accounts.values().forEach(a -> byId.put(a.id(), a));
        Map<String, List<Contact>> contacts = contacts(accounts);
        Map<String, String> accountOfContact = new HashMap<>();
        contacts.values().forEach(list -> list.forEach(c -> accountOfContact.put(c.id(), c.accountId())));
        TrytonSurveyMapping surveys = mapping.surveys();
        return new TrytonSnapshot(now, byId, partyIds, contacts, contracts(accounts), activities(accounts),
                surveys == null ? List.of() : responses(surveys, accountOfContact),
                surveys == null || surveys.invitationModel() == null ? List.of()
                        : invitations(surveys, accountOfContact), accountOfContact);
    }

    private List<SurveyResponse> responses(TrytonSurveyMapping surveys, Map<String, String> accountOfContact) {
        List<String> fields = new ArrayList<>(List.of(surveys.contactField(), surveys.contactField() + ".code",
                surveys.answeredField(), surveys.scoreField()));
        for (String optional : new String[] {surveys.commentField(), surveys.driversField(), surveys.surveyField()}) {
            if (optional != null) {
                fields.add(optional);
            }
        }
        List<SurveyResponse> responses = new ArrayList<>();
        for (JsonNode row : client.searchAll(surveys.responseModel(), client.array(), fields, client.context())) {
            String where = surveys.responseModel() + " " + row.get("id").asText();
            String contact = surveyContact(row, surveys.contactField(), where, accountOfContact);
            var answeredAt = TrytonValues.datetime(row.get(surveys.answeredField()));
            if (answeredAt == null) {
                throw new TrytonException("Tryton " + where + ": field '" + surveys.answeredField() + "' is empty");
            }
            JsonNode score = row.get(surveys.scoreField());
            if (score == null || !score.isIntegralNumber()) {
                throw new TrytonException("Tryton " + where + ": field '" + surveys.scoreField() + "' is "
                        + (TrytonValues.absent(score) ? "empty" : score) + "; a score is an integer 0..10");
            }
            if (score.asInt() < 0 || score.asInt() > 10) {
                throw new TrytonException("Tryton " + where + ": field '" + surveys.scoreField() + "' is "
                        + score.asText() + ", outside 0..10");
            }
            String comment = surveys.commentField() == null ? null : TrytonValues.text(row.get(surveys.commentField()));
            List<DriverTag> drivers = surveys.driversField() == null ? List.of()
                    : drivers(TrytonValues.text(row.get(surveys.driversField())), where, surveys.driversField());
            String survey = surveys.surveyField() == null ? null : TrytonValues.text(row.get(surveys.surveyField()));
            responses.add(record(where, () -> new SurveyResponse("survey-" + row.get("id").asText(), contact,
                    answeredAt, score.asInt(), survey, comment, drivers)));
        }
        return responses;
    }

    private List<SurveyInvitation> invitations(TrytonSurveyMapping surveys, Map<String, String> accountOfContact) {
        List<String> fields = new ArrayList<>(List.of(surveys.invitationContactField(),
                surveys.invitationContactField() + ".code", surveys.invitationSentField()));
        if (surveys.surveyField() != null) {
            fields.add(surveys.surveyField());
        }
        List<SurveyInvitation> invitations = new ArrayList<>();
        for (JsonNode row : client.searchAll(surveys.invitationModel(), client.array(), fields, client.context())) {
            String where = surveys.invitationModel() + " " + row.get("id").asText();
            String contact = surveyContact(row, surveys.invitationContactField(), where, accountOfContact);
            var sentAt = TrytonValues.datetime(row.get(surveys.invitationSentField()));
            if (sentAt == null) {
                throw new TrytonException("Tryton " + where + ": field '" + surveys.invitationSentField()
                        + "' is empty");
            }
            String named = surveys.surveyField() == null ? null : TrytonValues.text(row.get(surveys.surveyField()));
            String survey = named != null ? named : surveys.invitationModel();
            invitations.add(record(where, () -> new SurveyInvitation("invitation-" + row.get("id").asText(), survey,
                    contact, sentAt)));
        }
        return invitations;
    }

    /** The contact id (party code) the many2one names; a party that is no account's contact fails the read. */
    private static String surveyContact(JsonNode row, String field, String where, Map<String, String> accountOfContact) {
        JsonNode party = row.get(field);
        if (TrytonValues.absent(party)) {
            throw new TrytonException("Tryton " + where + ": field '" + field + "' is empty; a contact is required");
        }
        String code = TrytonValues.text(row.path(field + ".").path("code"));
        if (code == null || !accountOfContact.containsKey(code)) {
            throw new TrytonException("Tryton " + where + ": field '" + field + "' names party " + party.asText()
                    + (code == null ? " (no code)" : " (" + code + ")") + ", which is not a contact of an account");
        }
        return code;
    }

    /** Semicolon-separated driver tags ({@code +price;-support}), as in the data files. */
    private static List<DriverTag> drivers(String text, String where, String field) {
        if (text == null) {
            return List.of();
        }
        String[] parts = text.split(";", -1);
        List<DriverTag> tags = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty() || part.equals("+") || part.equals("-")) {
                throw new TrytonException("Tryton " + where + ": field '" + field + "': tag " + (i + 1) + " of "
                        + parts.length + " is empty");
            }
            tags.add(DriverTag.parse(part));
        }
        return tags;
    }

    private ArrayNode inAccountCategory(String partyField) {
        return client.array().add(client.array().add(partyField + "categories.name").add("=")
                .add(mapping.accountCategory()));
    }

    private Map<Long, Account> accounts() {
        Map<Long, Account> accounts = new TreeMap<>();
        for (JsonNode party : client.searchAll("party.party", inAccountCategory(""),
                List.of("code", "name", "categories.name", "categories.parent.name", "addresses.country.code"),
                client.context())) {
            String code = TrytonValues.text(party.get("code"));
            String where = "party " + party.get("id").asText() + " (" + party.path("name").asText() + ")";
            if (code == null) {
                throw new TrytonException(where + ": field 'code' is empty; an account needs a code");
            }
            int tier = tier(child(party, mapping.tierCategory(), where), where);
            String country = country(party);
            accounts.put(party.get("id").asLong(), record(where, () -> new Account(code,
                    TrytonValues.text(party.get("name")), child(party, mapping.ownerCategory(), where),
                    child(party, mapping.segmentCategory(), where), tier, null, country, null, null)));
        }
        return accounts;
    }

    private int tier(String name, String where) {
        if (name == null) {
            return Account.DEFAULT_TIER;
        }
        if (!name.matches("[123]")) {
            throw new TrytonException(where + ": category '" + mapping.tierCategory() + " / " + name
                    + "' is not a tier; tier categories are named 1, 2 or 3");
        }
        return Integer.parseInt(name);
    }

    /** The country code of the party's first address that has one. */
    private static String country(JsonNode party) {
        for (JsonNode address : party.path("addresses.")) {
            String code = TrytonValues.text(address.path("country.").path("code"));
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** The name of the party's category under {@code parent}, or {@code null}; two such categories are an error. */
    private static String child(JsonNode party, String parent, String where) {
        if (parent == null) {
            return null;
        }
        String found = null;
        for (JsonNode category : party.path("categories.")) {
            if (parent.equals(category.path("parent.").path("name").asText(null))) {
                if (found != null) {
                    throw new TrytonException(where + ": two categories under '" + parent + "' ('" + found + "', '"
                            + category.path("name").asText() + "'); an account has one");
                }
                found = category.path("name").asText();
            }
        }
        return found;
    }

    private Map<String, List<Contact>> contacts(Map<Long, Account> accounts) {
        ArrayNode types = client.array();
        mapping.roles().keySet().forEach(types::add);
        ArrayNode domain = inAccountCategory("from_.");
        domain.add(client.array().add("type.name").add("in").add(types));
        List<JsonNode> relations = client.searchAll("party.relation.all", domain, List.of("from_", "to", "type.name"),
                client.context());
        ArrayNode personIds = client.array();
        relations.forEach(r -> personIds.add(r.get("to").asLong()));
        ObjectNode everyone = client.context().put("active_test", false);
        Map<Long, JsonNode> persons = new HashMap<>();
        client.searchAll("party.party", client.array().add(client.array().add("id").add("in").add(personIds)),
                List.of("code", "name", "email", "active"), everyone)
                .forEach(p -> persons.put(p.get("id").asLong(), p));
        Map<String, List<Contact>> contacts = new HashMap<>();
        Map<String, String> accountOfContact = new HashMap<>();
        for (JsonNode relation : relations) {
            Account account = accounts.get(relation.get("from_").asLong());
            JsonNode person = persons.get(relation.get("to").asLong());
            if (account == null || person == null) {
                continue;
            }
            String where = "relation " + relation.get("id").asText() + " of party " + relation.get("from_").asText();
            String code = TrytonValues.text(person.get("code"));
            if (code == null) {
                throw new TrytonException(where + ": the related party " + person.get("id").asText()
                        + " has no code; a contact needs one");
            }
            String other = accountOfContact.putIfAbsent(code, account.id());
            if (other != null) {
                throw new TrytonException(where + ": party " + code + " is a contact of both account " + other
                        + " and account " + account.id() + "; a contact belongs to one account");
            }
            Role role = mapping.roles().get(relation.path("type.").path("name").asText());
            contacts.computeIfAbsent(account.id(), k -> new ArrayList<>()).add(record(where,
                    () -> new Contact(code, account.id(), TrytonValues.text(person.get("name")),
                            TrytonValues.text(person.get("email")), null, role, person.path("active").asBoolean())));
        }
        return contacts;
    }

    private List<Contract> contracts(Map<Long, Account> accounts) {
        Map<Long, BigDecimal> perMonth = recurrences();
        ArrayNode states = client.array();
        mapping.contractStates().forEach(states::add);
        ArrayNode domain = inAccountCategory("party.");
        domain.add(client.array().add("state").add("in").add(states));
        List<String> fields = new ArrayList<>(List.of("number", "party", "start_date", "end_date", "currency.code"));
        if (mapping.renewalField() != null) {
            fields.add(mapping.renewalField());
        }
        List<JsonNode> subscriptions = client.searchAll("sale.subscription", domain, fields, client.context());
        ArrayNode lineDomain = inAccountCategory("subscription.party.");
        lineDomain.add(client.array().add("subscription.state").add("in").add(states));
        Map<Long, List<JsonNode>> lines = new HashMap<>();
        client.searchAll("sale.subscription.line", lineDomain, List.of("subscription", "quantity", "unit_price",
                "consumption_recurrence", "service.consumption_recurrence", "service.rec_name"), client.context())
                .forEach(l -> lines.computeIfAbsent(l.get("subscription").asLong(), k -> new ArrayList<>()).add(l));
        List<Contract> contracts = new ArrayList<>();
        for (JsonNode subscription : subscriptions) {
            Account account = accounts.get(subscription.get("party").asLong());
            String where = "subscription " + subscription.get("id").asText();
            String number = TrytonValues.text(subscription.get("number"));
            if (account == null) {
                continue;
            }
            if (number == null) {
                throw new TrytonException(where + ": field 'number' is empty; a contract needs a number");
            }
            BigDecimal mrr = BigDecimal.ZERO;
            String product = null;
            for (JsonNode line : lines.getOrDefault(subscription.get("id").asLong(), List.of())) {
                mrr = mrr.add(lineMrr(line, perMonth, where + " line " + line.get("id").asText()));
                product = product != null ? product : TrytonValues.text(line.path("service.").path("rec_name"));
            }
            BigDecimal monthly = mrr.setScale(MRR_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
            String renewalOf = mapping.renewalField() == null ? null
                    : TrytonValues.text(subscription.get(mapping.renewalField()));
            String finalProduct = product;
            contracts.add(record(where, () -> new Contract(number, account.id(),
                    TrytonValues.date(subscription.get("start_date")), TrytonValues.date(subscription.get("end_date")),
                    monthly, TrytonValues.text(subscription.path("currency.").path("code")), false, renewalOf,
                    finalProduct)));
        }
        return contracts;
    }

    /** quantity * unit price * consumptions per month of the line's recurrence (or else its service's). */
    private static BigDecimal lineMrr(JsonNode line, Map<Long, BigDecimal> perMonth, String where) {
        JsonNode recurrence = TrytonValues.absent(line.get("consumption_recurrence"))
                ? line.path("service.").path("consumption_recurrence") : line.get("consumption_recurrence");
        BigDecimal times = TrytonValues.absent(recurrence) ? null : perMonth.get(recurrence.asLong());
        if (times == null) {
            throw new TrytonException(where + ": neither the line nor its service has a consumption recurrence"
                    + " with exactly one rule; the monthly value cannot be known");
        }
        BigDecimal quantity = TrytonValues.decimal(line.get("quantity"));
        BigDecimal price = TrytonValues.decimal(line.get("unit_price"));
        if (quantity == null || price == null) {
            throw new TrytonException(where + ": field '" + (quantity == null ? "quantity" : "unit_price")
                    + "' is empty");
        }
        return quantity.multiply(price).multiply(times);
    }

    /** Consumptions per month of each recurrence rule set that has exactly one rule. */
    private Map<Long, BigDecimal> recurrences() {
        Map<Long, List<JsonNode>> rules = new HashMap<>();
        client.searchAll("sale.subscription.recurrence.rule", client.array(), List.of("set_", "freq", "interval"),
                client.context()).forEach(r -> rules.computeIfAbsent(r.get("set_").asLong(), k -> new ArrayList<>())
                        .add(r));
        Map<Long, BigDecimal> perMonth = new HashMap<>();
        rules.forEach((set, list) -> {
            if (list.size() == 1) {
                JsonNode rule = list.get(0);
                BigDecimal interval = BigDecimal.valueOf(Math.max(1, rule.path("interval").asInt(1)));
                BigDecimal perYear = switch (rule.path("freq").asText()) {
                    case "yearly" -> BigDecimal.ONE;
                    case "monthly" -> TWELVE;
                    case "weekly" -> BigDecimal.valueOf(52);
                    case "daily" -> BigDecimal.valueOf(365);
                    default -> null;
                };
                if (perYear != null) {
                    perMonth.put(set, perYear.divide(TWELVE.multiply(interval), 12, RoundingMode.HALF_EVEN));
                }
            }
        });
        return perMonth;
    }

    private List<Activity> activities(Map<Long, Account> accounts) {
        List<Activity> activities = new ArrayList<>();
        for (JsonNode complaint : client.searchAll("sale.complaint", inAccountCategory("customer."),
                List.of("number", "customer", "date", "state", "description", "type.name"), client.context())) {
            Account account = accounts.get(complaint.get("customer").asLong());
            String where = "complaint " + complaint.get("id").asText();
            if (account == null) {
                continue;
            }
            String number = TrytonValues.text(complaint.get("number"));
            String type = TrytonValues.text(complaint.path("type.").path("name"));
            String description = firstLine(TrytonValues.text(complaint.get("description")));
            String subject = type == null ? description : description == null ? type : type + ": " + description;
            Activity.Status status = mapping.complaintClosedStates().contains(complaint.path("state").asText())
                    ? Activity.Status.CLOSED : Activity.Status.OPEN;
            var day = TrytonValues.date(complaint.get("date"));
            activities.add(record(where, () -> new Activity("complaint-" + (number != null ? number
                    : complaint.get("id").asText()), account.id(), null, ActivityType.SUPPORT_TICKET,
                    day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant(), Activity.Direction.INBOUND,
                    subject, status, null)));
        }
        Map<String, Account> byResource = new HashMap<>();
        accounts.forEach((party, account) -> byResource.put("party.party," + party, account));
        for (JsonNode note : client.searchAll("ir.note",
                client.array().add(client.array().add("resource").add("like").add("party.party,%")),
                List.of("resource", "message", "create_date"), client.context())) {
            Account account = byResource.get(note.path("resource").asText());
            String message = TrytonValues.text(note.get("message"));
            if (account == null || message == null || message.startsWith(FOLLOW_UP_MARKER)) {
                continue;
            }
            ActivityType type = mapping.noteDefaultType();
            String text = message.strip();
            int colon = text.indexOf(':');
            if (colon > 0) {
                try {
                    type = ActivityType.fromCode(text.substring(0, colon).strip());
                    text = text.substring(colon + 1).strip();
                } catch (IllegalArgumentException notAType) {
                    // an ordinary note that happens to hold a colon
                }
            }
            ActivityType noteType = type;
            String subject = firstLine(text);
            activities.add(record("note " + note.get("id").asText(), () -> new Activity("note-" + note.get("id").asText(),
                    account.id(), null, noteType, TrytonValues.datetime(note.get("create_date")), null, subject, null,
                    null)));
        }
        return activities;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /** Builds a host record; an invariant it breaks fails the read naming the Tryton record. */
    private static <T> T record(String where, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new TrytonException("Tryton " + where + ": " + e.getMessage(), e);
        }
    }
}
