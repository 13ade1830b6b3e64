package org.accountsuccess.rest.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RoleMappingTest {
    @Test
    void karafsAdmingroupGrantsNoProductRoleByDefault() {
        RoleMapping mapping = RoleMapping.of(SecurityFixtures.config());
        // the roles of Karaf's stock admingroup
        assertThat(mapping.rolesOf(Set.of("admin", "manager", "viewer", "systembundles", "ssh"))).isEmpty();
        assertThat(mapping.rolesOf(Set.of("as-rep", "viewer", "as-hr", "As-Admin")))
                .containsExactlyInAnyOrder(ProductRole.REP, ProductRole.HR);
        assertThat(mapping.sharedWithKaraf()).isEmpty();
    }

    @Test
    void aConfiguredMappingIsFollowedAndTellsWhichRolesKarafShares() {
        RoleMapping mapping = RoleMapping.of(SecurityFixtures.config(Map.of("role_manager", "manager",
                "role_rep", " crm-sales ")));
        assertThat(mapping.rolesOf(Set.of("manager", "crm-sales"))).containsExactlyInAnyOrder(ProductRole.MANAGER,
                ProductRole.REP);
        assertThat(mapping.jaasName(ProductRole.REP)).isEqualTo("crm-sales");
        assertThat(mapping.sharedWithKaraf()).containsExactly(ProductRole.MANAGER);
    }

    @Test
    void aBlankOrSharedRoleNameIsRefusedNamingTheEntry() {
        assertThatThrownBy(() -> RoleMapping.of(SecurityFixtures.config(Map.of("role_hr", " "))))
                .hasMessageContaining("role.hr of org.accountsuccess.rest.security");
        assertThatThrownBy(() -> RoleMapping.of(SecurityFixtures.config(Map.of("role_hr", "a,b"))))
                .hasMessageContaining("role.hr");
        assertThatThrownBy(() -> RoleMapping.of(SecurityFixtures.config(Map.of("role_rep", "as-manager"))))
                .hasMessageContaining("role.rep and role.manager").hasMessageContaining("'as-manager'");
    }
}
