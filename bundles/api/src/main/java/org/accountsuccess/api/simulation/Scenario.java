package org.accountsuccess.api.simulation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.accountsuccess.api.LoyaltyClass;

/**
 * A what-if: shares of accounts move between loyalty classes, all at once from the classes as of
 * {@code asOf}. The shares moved out of one class add up to at most 1.
 *
 * @param asOf the day of the classes and of the ARR
 * @param moves the moves, possibly none (the baseline)
 * @throws InvalidScenarioException naming the field, such as {@code moves[0].share}
 */
public record Scenario(LocalDate asOf, List<ClassMove> moves) {
    public Scenario {
        if (asOf == null) {
            throw new InvalidScenarioException("asOf", "is required (YYYY-MM-DD)");
        }
        if (moves == null) {
            throw new InvalidScenarioException("moves", "is required (an empty list is the baseline)");
        }
        Map<LoyaltyClass, Double> out = new EnumMap<>(LoyaltyClass.class);
        for (int i = 0; i < moves.size(); i++) {
            ClassMove move = moves.get(i);
            String at = "moves[" + i + "]";
            if (move == null) {
                throw new InvalidScenarioException(at, "is null");
            }
            if (move.from() == null) {
                throw new InvalidScenarioException(at + ".from", "is required");
            }
            if (move.to() == null) {
                throw new InvalidScenarioException(at + ".to", "is required");
            }
            if (move.from() == move.to()) {
                throw new InvalidScenarioException(at + ".to", "is the same class as from (" + move.from() + ")");
            }
            if (!(move.share() >= 0 && move.share() <= 1)) {
                throw new InvalidScenarioException(at + ".share", move.share() + " is not a share from 0 to 1");
            }
            double total = out.merge(move.from(), move.share(), Double::sum);
            if (total > 1 + 1e-9) {
                throw new InvalidScenarioException(at + ".share", "the shares moved out of " + move.from()
                        + " add up to " + total + ", more than 1");
            }
        }
        moves = List.copyOf(moves);
    }
}
