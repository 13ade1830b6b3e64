package org.accountsuccess.tryton;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accountsuccess.tryton.rpc.TrytonClient;
import org.accountsuccess.tryton.rpc.TrytonValues;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A small tenant, seeded into Tryton through its JSON-RPC API and written as the same data set in
 * the file format (data-format.md), with what Tryton assigns (subscription numbers, note times,
 * record ids) read back. Stock Tryton has no surveys: the responses and invitations are seeded into
 * the test module's models ({@code account_success.survey.response} and {@code .invitation}, see
 * {@code src/test/tryton}) and written to the files as well.
 *
 * <pre>
 * acc-001 Acme GmbH    tier 1, Enterprise, u-rep1   Jane (A), Joe (B), Ann (C, inactive)
 * acc-002 Beta Ltd     tier 3, SMB, u-rep2          Bob (A); Carl is its accountant (not a contact)
 * acc-003 Gamma AG     tier 2                       Eve (C)
 * ven-001 Vendor SA    not a customer: never an account
 *
 * S1 acc-001 2025-01-01..2025-12-31 monthly 3 x 100.00          MRR 300
 * S2 acc-001 2026-01-01..2026-12-31 yearly 1 x 4200.00, renews S1  MRR 350
 * S3 acc-002 2026-03-01..2027-02-28 monthly 2 x 49.50           MRR 99
 * S4 acc-003 2025-06-01..2026-05-31 monthly 1 x 500.00          MRR 500, not renewed
 * S5 acc-003 draft (not a contract)
 * complaints: acc-001 2026-10-01 open; acc-002 2026-09-15 rejected (closed)
 * notes: acc-001 "meeting: QBR with the CFO", acc-002 "call: renewal talk", acc-003 "Sent the brochure"
 * </pre>
 */
final class TrytonSeed {
    private final TrytonClient client;
    private final ObjectNode context;
    private final Map<String, Long> parties = new HashMap<>();
    private final Map<String, Long> categories = new HashMap<>();
    private final List<String> contracts = new ArrayList<>();
    private final List<String> activities = new ArrayList<>();
    private long company;
    private long currency;
    private long monthly;
    private long yearly;
    private long service;

    private TrytonSeed(TrytonClient client) {
        this.client = client;
        this.context = client.context();
    }

    /** Seeds Tryton and writes the same data set into {@code files}. */
    static void seed(TrytonClient client, Path files) throws IOException {
        new TrytonSeed(client).run(files);
    }

    private void run(Path files) throws IOException {
        basics();
        account("acc-001", "Acme GmbH", "1", "Enterprise", "u-rep1");
        account("acc-002", "Beta Ltd", null, "SMB", "u-rep2");
        account("acc-003", "Gamma AG", "2", null, null);
        party("ven-001", "Vendor SA", List.of());
        long decision = create("party.relation.type", object().put("name", "Decision maker"));
        long influencer = create("party.relation.type", object().put("name", "Influencer"));
        long user = create("party.relation.type", object().put("name", "User"));
        long accountant = create("party.relation.type", object().put("name", "Accountant"));
        person("con-01", "Jane Doe", "jane@acme.example", "acc-001", decision);
        person("con-02", "Joe Roe", "joe@acme.example", "acc-001", influencer);
        person("con-03", "Ann Lee", null, "acc-001", user);
        client.call("model.party.party.write", ids(parties.get("con-03")), object().put("active", false), context);
        person("con-04", "Bob Stone", "bob@beta.example", "acc-002", decision);
        person("con-05", "Eve Park", "eve@gamma.example", "acc-003", user);
        person("con-06", "Carl Numbers", null, "acc-002", accountant);
        surveys();

        String s1 = subscription("acc-001", "2025-01-01", "2025-12-31", monthly, "3", "100.00", null, true);
        subscription("acc-001", "2026-01-01", "2026-12-31", yearly, "1", "4200.00", s1, true);
        subscription("acc-002", "2026-03-01", "2027-02-28", monthly, "2", "49.50", null, true);
        subscription("acc-003", "2025-06-01", "2026-05-31", monthly, "1", "500.00", null, true);
        subscription("acc-003", "2026-06-01", "2027-05-31", monthly, "1", "800.00", null, false);

        long complaintType = create("sale.complaint.type", object().put("name", "Service").put("origin",
                client.call("model.ir.model.search", array(array("model", "=", "sale.sale")), 0, 1, null, context)
                        .get(0).asLong()));
        complaint("acc-001", complaintType, "2026-10-01", "Invoices arrive late\nsince the upgrade", false);
        complaint("acc-002", complaintType, "2026-09-15", "Wrong price on the renewal", true);
        note("acc-001", "meeting: QBR with the CFO", "meeting", "QBR with the CFO");
        note("acc-002", "call: renewal talk", "call", "renewal talk");
        note("acc-003", "Sent the brochure", "other", "Sent the brochure");

        write(files);
    }

    private void basics() {
        currency = create("currency.currency", object().put("name", "Euro").put("code", "EUR").put("symbol", "€")
                .put("digits", 2).<ObjectNode>set("rounding", TrytonValues.decimal(new BigDecimal("0.01"))));
        long vendorParty = create("party.party", object().put("name", "Our Company"));
        company = create("company.company", object().put("party", vendorParty).put("currency", currency));
        client.call("model.res.user.write", ids(1), object().put("company", company)
                .<ObjectNode>set("companies", array(array("add", ids(company)))), context);
        context.put("company", company);
        monthly = create("sale.subscription.recurrence.rule.set", object().put("name", "Monthly")
                .<ObjectNode>set("rules", array(array("create", array(object().put("freq", "monthly").put("interval", 1))))));
        yearly = create("sale.subscription.recurrence.rule.set", object().put("name", "Yearly")
                .<ObjectNode>set("rules", array(array("create", array(object().put("freq", "yearly").put("interval", 1))))));
        long unit = client.call("model.product.uom.search", array(array("symbol", "=", "u")), 0, 1, null, context)
                .get(0).asLong();
        long template = create("product.template", object().put("name", "Platform").put("type", "service")
                .put("default_uom", unit).<ObjectNode>set("list_price", TrytonValues.decimal(BigDecimal.TEN))
                .<ObjectNode>set("products", array(array("create", array(object())))));
        long product = client.call("model.product.product.search", array(array("template", "=", template)), 0, 1,
                null, context).get(0).asLong();
        // The service's recurrence is monthly; lines of yearly subscriptions name theirs.
        service = create("sale.subscription.service", object().put("product", product)
                .put("consumption_recurrence", monthly));
        long customer = category("Customer", null);
        categories.put("Customer", customer);
        category("Segment", null);
        category("Tier", null);
        category("Owner", null);
    }

    private long category(String name, String parent) {
        String key = parent == null ? name : parent + "/" + name;
        return categories.computeIfAbsent(key, k -> {
            ObjectNode values = object().put("name", name);
            if (parent != null) {
                values.put("parent", categories.get(parent));
            }
            return create("party.category", values);
        });
    }

    private final List<String> accountRows = new ArrayList<>();
    private final List<String> contactRows = new ArrayList<>();

    private void account(String code, String name, String tier, String segment, String owner) {
        List<Long> cats = new ArrayList<>(List.of(categories.get("Customer")));
        if (tier != null) {
            cats.add(category(tier, "Tier"));
        }
        if (segment != null) {
            cats.add(category(segment, "Segment"));
        }
        if (owner != null) {
            cats.add(category(owner, "Owner"));
        }
        party(code, name, cats);
        create("party.address", object().put("party", parties.get(code)));
        accountRows.add(csv(code, name, owner, segment, tier == null ? "3" : tier));
    }

    private void party(String code, String name, List<Long> cats) {
        ArrayNode catIds = array();
        cats.forEach(catIds::add);
        parties.put(code, create("party.party", object().put("code", code).put("name", name)
                .<ObjectNode>set("categories", array(array("add", catIds)))));
    }

    private void person(String code, String name, String email, String account, long type) {
        ObjectNode values = object().put("code", code).put("name", name);
        if (email != null) {
            values.<ObjectNode>set("contact_mechanisms", array(array("create", array(object().put("type", "email")
                    .put("value", email)))));
        }
        parties.put(code, create("party.party", values));
        create("party.relation.all", object().put("from_", parties.get(account)).put("to", parties.get(code))
                .put("type", type));
        String role = switch (name) {
            case "Jane Doe", "Bob Stone" -> "A";
            case "Joe Roe" -> "B";
            case "Ann Lee", "Eve Park" -> "C";
            default -> null;
        };
        if (role != null) {
            contactRows.add(csv(code, account, name, email, role, code.equals("con-03") ? "false" : "true"));
        }
    }

    private String subscription(String account, String start, String end, long recurrence, String quantity,
            String price, String renews, boolean run) {
        long party = parties.get(account);
        long address = client.call("model.party.address.search", array(array("party", "=", party)), 0, 1, null,
                context).get(0).asLong();
        ObjectNode values = object().put("party", party).put("company", company).put("currency", currency)
                .put("invoice_address", address).put("invoice_recurrence", recurrence)
                .put("reference", renews == null ? "" : renews)
                .<ObjectNode>set("start_date", TrytonValues.date(LocalDate.parse(start)));
        values.<ObjectNode>set("end_date", TrytonValues.date(LocalDate.parse(end)));
        values.<ObjectNode>set("lines", array(array("create", array(object().put("service", service)
                .put("quantity", Double.parseDouble(quantity)).put("unit", 1)
                .put("consumption_recurrence", recurrence)
                .<ObjectNode>set("start_date", TrytonValues.date(LocalDate.parse(start)))
                .<ObjectNode>set("unit_price", TrytonValues.decimal(new BigDecimal(price)))))));
        long id = create("sale.subscription", values);
        if (!run) {
            return null;
        }
        client.call("model.sale.subscription.quote", ids(id), context);
        client.call("model.sale.subscription.run", ids(id), context);
        String number = client.call("model.sale.subscription.read", ids(id), List.of("number"), context).get(0)
                .get("number").asText();
        BigDecimal amount = new BigDecimal(quantity).multiply(new BigDecimal(price));
        BigDecimal mrr = recurrence == yearly ? amount.divide(BigDecimal.valueOf(12)) : amount;
        contracts.add(csv(number, account, start, end, mrr.toPlainString(), "EUR", "false",
                renews == null ? "" : renews, "Platform"));
        return number;
    }

    private void complaint(String account, long type, String date, String description, boolean reject) {
        long id = create("sale.complaint", object().put("customer", parties.get(account)).put("type", type)
                .put("company", company).put("description", description)
                .<ObjectNode>set("date", TrytonValues.date(LocalDate.parse(date))));
        if (reject) {
            client.call("model.sale.complaint.wait", ids(id), context);
            client.call("model.sale.complaint.reject", ids(id), context);
        }
        String number = client.call("model.sale.complaint.read", ids(id), List.of("number"), context).get(0)
                .get("number").asText();
        activities.add(csv("complaint-" + number, account, "", "support_ticket", date + "T00:00:00Z", "inbound",
                "Service: " + description.lines().findFirst().orElseThrow(), reject ? "closed" : "open", ""));
    }

    private void note(String account, String message, String type, String subject) {
        long id = create("ir.note", object().put("resource", "party.party," + parties.get(account))
                .put("message", message));
        Instant at = TrytonValues.datetime(client.call("model.ir.note.read", ids(id), List.of("create_date"),
                context).get(0).get("create_date"));
        activities.add(csv("note-" + id, account, "", type, at.toString(), "", subject, "", ""));
    }

    private final List<String> responseRows = new ArrayList<>();
    private final List<String> invitationRows = new ArrayList<>();

    /** The same responses and invitations as before there was a survey source in Tryton, with drivers and comments. */
    private void surveys() {
        response("con-01", "2025-11-20T10:00:00Z", 9, "Great onboarding", "+onboarding;+support");
        response("con-02", "2025-12-01T10:00:00Z", 6, null, "-price");
        response("con-03", "2025-10-05T10:00:00Z", 10, null, null);
        response("con-04", "2026-02-10T10:00:00Z", 8, "Fine, mostly", "reporting");
        response("con-05", "2026-04-01T10:00:00Z", 3, "Invoices, again", "-billing;-support");
        response("con-01", "2026-06-15T10:00:00Z", 10, null, null);
        invitation("con-01", "2025-11-15T09:00:00Z");
        invitation("con-02", "2025-11-15T09:00:00Z");
        invitation("con-04", "2026-02-01T09:00:00Z");
    }

    private void response(String contact, String at, int score, String comment, String drivers) {
        ObjectNode values = object().put("contact", parties.get(contact)).put("score", score)
                .<ObjectNode>set("answered_at", datetime(at));
        if (comment != null) {
            values.put("comment", comment);
        }
        if (drivers != null) {
            values.put("drivers", drivers);
        }
        long id = create("account_success.survey.response", values);
        responseRows.add(csv("survey-" + id, contact, at, String.valueOf(score), comment, drivers));
    }

    private void invitation(String contact, String at) {
        long id = create("account_success.survey.invitation", object().put("contact", parties.get(contact))
                .put("survey", "s-1").<ObjectNode>set("sent_at", datetime(at)));
        invitationRows.add(csv("invitation-" + id, "s-1", contact, at));
    }

    private ObjectNode datetime(String instant) {
        var t = Instant.parse(instant).atOffset(java.time.ZoneOffset.UTC);
        return object().put("__class__", "datetime").put("year", t.getYear()).put("month", t.getMonthValue())
                .put("day", t.getDayOfMonth()).put("hour", t.getHour()).put("minute", t.getMinute())
                .put("second", t.getSecond()).put("microsecond", 0);
    }

    private void write(Path files) throws IOException {
        Files.createDirectories(files);
        Files.write(files.resolve("accounts.csv"), lines("account_id,name,owner,segment,tier", accountRows));
        Files.write(files.resolve("contacts.csv"), lines("contact_id,account_id,name,email,role,active", contactRows));
        Files.write(files.resolve("contracts.csv"), lines(
                "contract_id,account_id,start_date,end_date,mrr,currency,auto_renew,renewal_of,product", contracts));
        Files.write(files.resolve("activities.csv"), lines(
                "activity_id,account_id,contact_id,type,occurred_at,direction,subject,status,severity", activities));
        // The same responses and invitations as in Tryton's survey models.
        Files.write(files.resolve("responses.csv"), lines("response_id,contact_id,answered_at,score,comment,drivers",
                responseRows));
        Files.write(files.resolve("invitations.csv"), lines("invitation_id,survey_id,contact_id,sent_at",
                invitationRows));
    }

    private static List<String> lines(String header, List<String> rows) {
        List<String> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    private static String csv(String... cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            String c = cell == null ? "" : cell;
            quoted.add(c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        return String.join(",", quoted);
    }

    private long create(String model, ObjectNode values) {
        return client.call("model." + model + ".create", array(values), context).get(0).asLong();
    }

    private ObjectNode object() {
        return client.array().objectNode();
    }

    private ArrayNode array(Object... items) {
        ArrayNode array = client.array();
        for (Object item : items) {
            if (item instanceof JsonNode node) {
                array.add(node);
            } else if (item instanceof Long l) {
                array.add(l);
            } else if (item instanceof Integer i) {
                array.add(i);
            } else {
                array.add(String.valueOf(item));
            }
        }
        return array;
    }

    private ArrayNode ids(long... values) {
        ArrayNode array = client.array();
        for (long v : values) {
            array.add(v);
        }
        return array;
    }
}
