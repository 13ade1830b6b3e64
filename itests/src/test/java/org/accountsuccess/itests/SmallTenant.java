package org.accountsuccess.itests;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.host.spi.SurveyResponse;

/**
 * A seeded tenant of a few dozen accounts, held as SPI records and written in the file form of
 * data-format.md, so a test can compare the engine's figures on the records with the figures
 * the container computes after importing the files.
 */
final class SmallTenant {
    static final LocalDate AS_OF = LocalDate.parse("2026-06-30");

    final List<Account> accounts = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();
    final List<SurveyResponse> responses = new ArrayList<>();
    final List<Contract> contracts = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();

    SmallTenant(long seed, int accountCount) {
        Random random = new Random(seed);
        ActivityType[] types = ActivityType.values();
        for (int a = 1; a <= accountCount; a++) {
            String accountId = "acc-" + a;
            accounts.add(new Account(accountId, "Account " + a, "rep" + (a % 3 + 1), a % 2 == 0 ? "smb" : "enterprise",
                    1 + random.nextInt(3), null, null, null, null));
            for (int c = 1; c <= 2 + random.nextInt(5); c++) {
                String contactId = accountId + "-c" + c;
                contacts.add(new Contact(contactId, accountId, "Contact " + c, null, null,
                        Role.values()[random.nextInt(3)], random.nextInt(10) > 0));
                for (int r = 0; r < random.nextInt(4); r++) {
                    responses.add(new SurveyResponse(contactId + "-r" + r, contactId, instant(random, 730),
                            random.nextInt(11), "s1", "comment, with \"quotes\"", List.of()));
                }
            }
            LocalDate start = AS_OF.minusDays(400 + random.nextInt(300));
            LocalDate end = start.plusYears(1).minusDays(1);
            BigDecimal mrr = BigDecimal.valueOf(100 + random.nextInt(900));
            contracts.add(new Contract(accountId + "-k1", accountId, start, end, mrr, null, random.nextBoolean(), null,
                    "core"));
            if (random.nextInt(4) > 0) { // three in four renew, some with a changed price
                contracts.add(new Contract(accountId + "-k2", accountId, end.plusDays(1), end.plusYears(1),
                        mrr.add(BigDecimal.valueOf(random.nextInt(200) - 100)).max(BigDecimal.ZERO), null, false,
                        accountId + "-k1", "core"));
            }
            for (int t = 0; t < random.nextInt(30); t++) {
                activities.add(new Activity(accountId + "-t" + t, accountId, null, types[random.nextInt(types.length)],
                        instant(random, 200), random.nextBoolean() ? Activity.Direction.OUTBOUND : null, null, null,
                        null));
            }
        }
    }

    private static Instant instant(Random random, int daysBack) {
        return AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(random.nextInt(daysBack * 86_400));
    }

    /** Writes the tenant as a data set into {@code folder}. */
    void writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        write(folder.resolve("accounts.csv"), "account_id,name,owner,segment,tier", accounts,
                a -> row(a.id(), a.name(), a.owner(), a.segment(), a.tier()));
        write(folder.resolve("contacts.csv"), "contact_id,account_id,name,role,active", contacts,
                c -> row(c.id(), c.accountId(), c.name(), c.role(), c.active()));
        write(folder.resolve("responses.csv"), "response_id,contact_id,answered_at,score,survey_id,comment", responses,
                r -> row(r.id(), r.contactId(), r.answeredAt(), r.score(), r.surveyId(), r.comment()));
        write(folder.resolve("contracts.csv"), "contract_id,account_id,start_date,end_date,mrr,auto_renew,renewal_of,product",
                contracts, k -> row(k.id(), k.accountId(), k.startDate(), k.endDate(), k.mrr().toPlainString(),
                        k.autoRenew(), k.renewalOf(), k.product()));
        write(folder.resolve("activities.csv"), "activity_id,account_id,type,occurred_at,direction", activities,
                t -> row(t.id(), t.accountId(), t.type().code(), t.occurredAt(),
                        t.direction() == null ? null : t.direction().name().toLowerCase()));
    }

    private static <T> void write(Path file, String header, List<T> rows, Function<T, String> line) throws IOException {
        Files.writeString(file, Stream.concat(Stream.of(header), rows.stream().map(line))
                .collect(Collectors.joining("\r\n", "", "\r\n")), StandardCharsets.UTF_8);
    }

    /** One CSV line, RFC 4180 quoting where a value needs it; null is empty. */
    static String row(Object... values) {
        return Stream.of(values).map(v -> {
            String s = v == null ? "" : v.toString();
            return s.contains(",") || s.contains("\"") || s.contains("\n")
                    ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }).collect(Collectors.joining(","));
    }
}
