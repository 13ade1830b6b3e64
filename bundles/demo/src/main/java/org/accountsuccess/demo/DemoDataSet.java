package org.accountsuccess.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo data set: a made-up tenant of about 200 accounts with two years of surveys, contracts,
 * revenue and activities, in the file form of data-format.md. It is generated from a fixed seed,
 * so every run writes byte-identical files.
 *
 * <p>Responses, activities and revenue lie in the two years up to {@link #ANCHOR}; contracts
 * started up to four years before it and run on into 2027 and 2028. Open the product "as of" the
 * anchor to see the figures the data was shaped for: promoter, passive and detractor accounts,
 * churn, a reactivation, early renewals, coverage shortfalls, communication gaps and over-contact.
 */
public final class DemoDataSet {
    /** The day the data set is drawn up to: its "today". */
    public static final LocalDate ANCHOR = LocalDate.of(2026, 11, 15);
    /** The day before the two years of history start. */
    public static final LocalDate HISTORY_START = ANCHOR.minusYears(2);
    /** The seed of every random choice. */
    public static final long SEED = 20261115L;

    private DemoDataSet() {
    }

    /**
     * Writes the data set as drawn, up to {@link #ANCHOR}, into {@code folder} (created when
     * missing), replacing files of the same names.
     *
     * @return the files written
     */
    public static List<Path> writeTo(Path folder) throws IOException {
        return writeTo(folder, ANCHOR);
    }

    /**
     * Writes the data set with every date moved by the same number of days, so that it ends on
     * {@code lastDay} instead of {@link #ANCHOR}.
     *
     * @return the files written
     */
    public static List<Path> writeTo(Path folder, LocalDate lastDay) throws IOException {
        DateShift shift = DateShift.endingOn(lastDay);
        Files.createDirectories(folder);
        // Each part draws from its own seed, so a change in one part leaves the others as they are.
        Customers customers = Customers.generate(new Dice(SEED));
        ContractHistory contracts = ContractHistory.generate(customers, new Dice(SEED + 1));
        List<CsvFile> files = new ArrayList<>(customers.files());
        files.addAll(contracts.files());
        files.addAll(SurveyWaves.generate(customers, contracts, new Dice(SEED + 2)).files());
        files.addAll(EmployeePulse.generate(new Dice(SEED + 3)));
        files.addAll(Interactions.generate(customers, contracts, new Dice(SEED + 4)));
        List<Path> written = new ArrayList<>();
        for (CsvFile file : files) {
            written.add(file.writeTo(folder, shift));
        }
        return written;
    }

    /** Writes the data set into the folder named by the first argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java " + DemoDataSet.class.getName() + " <folder>");
            System.exit(2);
        }
        for (Path file : writeTo(Path.of(args[0]))) {
            System.out.println(file);
        }
    }
}
