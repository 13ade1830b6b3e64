package org.accountsuccess.rest;

import static org.accountsuccess.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import org.accountsuccess.rest.access.ProductRole;
import org.accountsuccess.rest.json.RecordJsonWriter;
import org.junit.jupiter.api.Test;

class MeResourceTest {
    private final MeResource resource = new MeResource();

    @Test
    void namesTheCallerAndTheirRolesInAFixedOrder() throws Exception {
        String json = RecordJsonWriter.write(resource.me(as("hanna", ProductRole.HR, ProductRole.ADMIN)));
        assertThat(json).isEqualTo("{\"user\":\"hanna\",\"roles\":[\"admin\",\"hr\"]}");
    }

    @Test
    void aUserWithoutAProductRoleGetsAnEmptyList() throws Exception {
        assertThat(RecordJsonWriter.write(resource.me(as("guest")))).isEqualTo("{\"user\":\"guest\",\"roles\":[]}");
    }
}
