package org.accountsuccess.rest.access;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which JAAS role grants which product role ({@code role.admin}, {@code role.manager},
 * {@code role.rep}, {@code role.hr} of {@value SecurityConfiguration#PID}). The defaults
 * ({@code as-admin}, ...) are not roles of Karaf's own, so Karaf's {@code admingroup} (which holds
 * {@code admin} and {@code manager}) grants no product role by accident.
 */
public final class RoleMapping {
    /** The roles Karaf's stock {@code admingroup} grants. */
    static final Set<String> KARAF_ROLES = Set.of("admin", "manager", "viewer", "systembundles", "ssh");

    private final Map<String, ProductRole> byJaasName;
    private final Map<ProductRole, String> jaasNames;

    private RoleMapping(Map<ProductRole, String> jaasNames) {
        this.jaasNames = Collections.unmodifiableMap(new EnumMap<>(jaasNames));
        Map<String, ProductRole> inverse = new HashMap<>();
        jaasNames.forEach((role, name) -> {
            ProductRole taken = inverse.put(name, role);
            if (taken != null) {
                throw new IllegalArgumentException("role." + role.apiName() + " and role." + taken.apiName()
                        + " of " + SecurityConfiguration.PID + " both name the JAAS role '" + name
                        + "': each product role needs a role of its own");
            }
        });
        this.byJaasName = Map.copyOf(inverse);
    }

    /** The mapping the configuration sets; refuses a blank or shared name, naming the entry. */
    static RoleMapping of(SecurityConfiguration config) {
        Map<ProductRole, String> names = new EnumMap<>(ProductRole.class);
        names.put(ProductRole.ADMIN, name("role.admin", config.role_admin()));
        names.put(ProductRole.MANAGER, name("role.manager", config.role_manager()));
        names.put(ProductRole.REP, name("role.rep", config.role_rep()));
        names.put(ProductRole.HR, name("role.hr", config.role_hr()));
        return new RoleMapping(names);
    }

    private static String name(String key, String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty() || name.contains(",") || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(key + " of " + SecurityConfiguration.PID + ": '" + value
                    + "' is not a JAAS role name (no blanks, no commas)");
        }
        return name;
    }

    /** The product roles among a user's JAAS roles; other names are ignored. */
    public Set<ProductRole> rolesOf(Set<String> jaasRoles) {
        Set<ProductRole> roles = EnumSet.noneOf(ProductRole.class);
        jaasRoles.forEach(name -> {
            ProductRole role = byJaasName.get(name);
            if (role != null) {
                roles.add(role);
            }
        });
        return roles;
    }

    /** The JAAS role that grants {@code role}. */
    public String jaasName(ProductRole role) {
        return jaasNames.get(role);
    }

    /** The product roles granted by one of Karaf's own roles, which every console admin holds. */
    Set<ProductRole> sharedWithKaraf() {
        Set<ProductRole> shared = EnumSet.noneOf(ProductRole.class);
        jaasNames.forEach((role, name) -> {
            if (KARAF_ROLES.contains(name)) {
                shared.add(role);
            }
        });
        return shared;
    }
}
