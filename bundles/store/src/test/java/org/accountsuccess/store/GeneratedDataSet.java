package org.accountsuccess.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.accountsuccess.host.spi.ActivityType;

/**
 * A generated data set of accounts, contacts, responses and activities, large enough that an
 * import takes seconds. A {@code revision} above 0 changes the subjects and scores of the
 * lower-numbered rows and adds rows of its own, so a merge of it updates and inserts.
 *
 * @param activities activities.csv rows of revision 0; later revisions add a tenth more
 */
record GeneratedDataSet(int accounts, int activities, int revision) {
    private static final List<String> TYPES = Stream.of(ActivityType.values()).map(ActivityType::code).toList();
    private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");

    /** Writes the files into {@code folder} (created) and returns it. */
    Path writeTo(Path folder) {
        try {
            Files.createDirectories(folder);
            int contacts = accounts * 3;
            int extra = revision == 0 ? 0 : activities / 10;
            write(folder.resolve("accounts.csv"), "account_id,name,owner,tier", accounts,
                    a -> "acc-" + a + ",Account " + a + " r" + revision + ",u-" + (a % 20) + "," + (a % 3 + 1));
            write(folder.resolve("contacts.csv"), "contact_id,account_id,name,email,role", contacts,
                    c -> "con-" + c + ",acc-" + (c % accounts) + ",Contact " + c + ",c" + c + "@example.org,"
                            + "ABC".charAt(c % 3));
            write(folder.resolve("responses.csv"), "response_id,contact_id,answered_at,score,comment",
                    activities / 4 + extra, r -> "res-" + r + "-" + (r >= activities / 4 ? revision : 0) + ",con-"
                            + (r % contacts) + "," + FIRST.plusSeconds(3_607L * r) + "," + (r + revision) % 11
                            + ",\"Comment " + r + ", revision " + revision + "\"");
            write(folder.resolve("activities.csv"), "activity_id,account_id,type,occurred_at,direction,subject,status,"
                    + "severity", activities + extra, i -> {
                        String type = TYPES.get(i % TYPES.size());
                        String ticket = type.equals("support_ticket")
                                ? (i % 5 == 0 ? "open" : "closed") + ",normal" : ",";
                        return "act-" + i + ",acc-" + (i % accounts) + "," + type + "," + FIRST.plusSeconds(61L * i)
                                + "," + (i % 2 == 0 ? "inbound" : "outbound") + ",\"Subject " + i + " r"
                                + (i % 2 == 0 ? revision : 0) + ", about things\"," + ticket;
                    });
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("writing the generated data set into " + folder, e);
        }
    }

    private interface Line {
        String of(int row);
    }

    private static void write(Path file, String header, int rows, Line line) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                out.write(line.of(i));
                out.write('\n');
            }
        }
    }
}
