package org.accountsuccess.example.invoices;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the invoices CSV: a header naming {@value #HEADER} (in any order), then one invoice per
 * line, comma-separated, no quoting; {@code paid_on} is empty while unpaid. Anything else is refused
 * naming the file, line and column.
 */
final class InvoiceFile {
    static final String HEADER = "invoice_id, account_id, due_date, amount, paid_on";
    private static final List<String> COLUMNS = List.of("invoice_id", "account_id", "due_date", "amount", "paid_on");

    private InvoiceFile() {
    }

    static List<Invoice> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new IllegalArgumentException(file + " line 1: the file is empty; it needs the header " + HEADER);
            }
            List<String> names = Arrays.stream(header.replace("\uFEFF", "").split(",", -1)).map(String::strip).toList();
            if (names.size() != COLUMNS.size() || !new HashSet<>(names).containsAll(COLUMNS)) {
                throw new IllegalArgumentException(file + " line 1: the header is '" + header + "', it needs " + HEADER);
            }
            Map<String, Integer> at = COLUMNS.stream().collect(Collectors.toMap(Function.identity(), names::indexOf));
            List<Invoice> invoices = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            int number = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Invoice invoice = invoice(new Row(file, number, line.split(",", -1), at));
                if (!ids.add(invoice.invoiceId())) {
                    throw new IllegalArgumentException(file + " line " + number + ": invoice_id '" + invoice.invoiceId()
                            + "' appears twice");
                }
                invoices.add(invoice);
            }
            return invoices;
        }
    }

    private static Invoice invoice(Row row) {
        if (row.cells.length != COLUMNS.size()) {
            throw row.error("has " + row.cells.length + " fields, the header " + COLUMNS.size()
                    + " (quoted fields are not supported)");
        }
        String id = row.required("invoice_id");
        String account = row.required("account_id");
        LocalDate due = row.date("due_date", row.required("due_date"));
        BigDecimal amount;
        try {
            amount = new BigDecimal(row.required("amount"));
        } catch (NumberFormatException e) {
            throw row.error("amount '" + row.cell("amount") + "' is not a number such as 1200.50");
        }
        if (amount.signum() <= 0) {
            throw row.error("amount '" + row.cell("amount") + "' must be more than 0");
        }
        String paid = row.cell("paid_on");
        return new Invoice(id, account, due, amount, paid.isEmpty() ? null : row.date("paid_on", paid));
    }

    private record Row(Path file, int number, String[] cells, Map<String, Integer> at) {
        String cell(String column) {
            return cells[at.get(column)].strip();
        }

        String required(String column) {
            String value = cell(column);
            if (value.isEmpty()) {
                throw error(column + " is required");
            }
            return value;
        }

        LocalDate date(String column, String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error(column + " '" + value + "' is not a date YYYY-MM-DD");
            }
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(file + " line " + number + ": " + what);
        }
    }
}
