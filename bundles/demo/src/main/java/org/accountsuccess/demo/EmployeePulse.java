package org.accountsuccess.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Half-yearly employee NPS surveys (employee_responses.csv). Departments differ in size and mood;
 * Legal has two people, so it never reaches the anonymity floor of five responses in a year.
 */
final class EmployeePulse {
    private record Department(String name, int people, Sentiment mood) {
    }

    private static final List<Department> DEPARTMENTS = List.of(
            new Department("Engineering", 38, Sentiment.PASSIVE),
            new Department("Sales", 22, Sentiment.PROMOTER),
            new Department("Customer Success", 16, Sentiment.PROMOTER),
            new Department("Support", 12, Sentiment.DETRACTOR),
            new Department("Marketing", 8, Sentiment.PASSIVE),
            new Department("Finance", 5, Sentiment.PASSIVE),
            new Department("Legal", 2, Sentiment.PASSIVE));

    private static final List<LocalDate> WAVES = List.of(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 9, 10),
            LocalDate.of(2026, 3, 10), LocalDate.of(2026, 9, 10));

    private EmployeePulse() {
    }

    static List<CsvFile> generate(Dice dice) {
        CsvFile file = new CsvFile("employee_responses.csv", "response_id", "employee_ref", "department",
                "answered_at", "score", "comment");
        Set<String> refs = new HashSet<>();
        for (Department department : DEPARTMENTS) {
            for (int person = 0; person < department.people(); person++) {
                // A pseudonym: stable across waves, saying nothing about who it is.
                String ref;
                do {
                    ref = String.format(Locale.ROOT, "emp-%06x", dice.between(0, 0xffffff));
                } while (!refs.add(ref));
                int bias = dice.weighted(10, 60, 30) - 1;
                for (LocalDate wave : WAVES) {
                    if (dice.chance(0.8)) {
                        LocalDate day = wave.plusDays(dice.between(0, 9));
                        file.row(String.format(Locale.ROOT, "eresp-%05d", file.size() + 1), ref, department.name(),
                                day.atTime(dice.between(8, 18), dice.between(0, 59)).toInstant(ZoneOffset.UTC),
                                department.mood().score(dice, bias),
                                dice.chance(0.3) ? dice.pick(Vocabulary.EMPLOYEE_REMARKS) : null);
                    }
                }
            }
        }
        return List.of(file);
    }
}
