package org.accountsuccess.tryton;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.Role;

/**
 * Which Tryton records become which host records (see {@link TrytonConfiguration} for each field).
 *
 * @param accountCategory the party category of accounts
 * @param segmentCategory parent category of segments, or {@code null}
 * @param tierCategory parent category of tiers, or {@code null}
 * @param ownerCategory parent category of owners, or {@code null}
 * @param roles relation type name to role
 * @param contractStates subscription states that count
 * @param renewalField subscription field holding the renewed subscription's number, or {@code null}
 * @param complaintClosedStates complaint states that are closed
 * @param noteDefaultType activity type of a note that names none
 * @param surveys where survey responses and invitations are read, or {@code null}: not from Tryton
 */
public record TrytonMapping(String accountCategory, String segmentCategory, String tierCategory,
        String ownerCategory, Map<String, Role> roles, Set<String> contractStates, String renewalField,
        Set<String> complaintClosedStates, ActivityType noteDefaultType, TrytonSurveyMapping surveys) {
    public TrytonMapping {
        if (accountCategory == null || accountCategory.isBlank()) {
            throw new IllegalArgumentException("account.category: a party category is required");
        }
        segmentCategory = blankToNull(segmentCategory);
        tierCategory = blankToNull(tierCategory);
        ownerCategory = blankToNull(ownerCategory);
        renewalField = blankToNull(renewalField);
        if (renewalField != null && !renewalField.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("renewal.field: '" + renewalField + "' is not a field name");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("role.mapping: at least one relation type is required");
        }
        if (contractStates.isEmpty()) {
            throw new IllegalArgumentException("contract.states: at least one subscription state is required");
        }
        roles = Map.copyOf(roles);
        contractStates = Set.copyOf(contractStates);
        complaintClosedStates = Set.copyOf(complaintClosedStates);
    }

    /** The mapping the configuration describes; a bad value throws naming the property. */
    public static TrytonMapping from(TrytonConfiguration config) {
        Map<String, Role> roles = new LinkedHashMap<>();
        for (String entry : list(config.role_mapping())) {
            int eq = entry.lastIndexOf('=');
            String role = eq < 0 ? "" : entry.substring(eq + 1).strip();
            if (eq < 1 || !role.matches("[ABC]")) {
                throw new IllegalArgumentException("role.mapping: '" + entry
                        + "' is not '<relation type>=<A, B or C>', such as 'Decision maker=A'");
            }
            roles.put(entry.substring(0, eq).strip(), Role.valueOf(role));
        }
        ActivityType noteType;
        try {
            noteType = ActivityType.fromCode(config.note_default_type());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("note.default.type: " + e.getMessage(), e);
        }
        return new TrytonMapping(config.account_category(), config.segment_category(), config.tier_category(),
                config.owner_category(), roles, Set.copyOf(list(config.contract_states())), config.renewal_field(),
                Set.copyOf(list(config.complaint_closed_states())), noteType, TrytonSurveyMapping.from(config));
    }

    /** The entries of a list property, given as an array or as one comma-separated text (a .cfg file). */
    static List<String> list(String[] values) {
        return Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
