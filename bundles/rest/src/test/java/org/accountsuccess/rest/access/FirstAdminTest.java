package org.accountsuccess.rest.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstAdminTest {
    @TempDir
    Path dir;

    @Test
    void aRealmWithoutUsersGetsAnAdminWhosePasswordOnlyTheOwnerCanRead() throws Exception {
        Path users = dir.resolve("etc/users.properties");
        Files.createDirectories(users.getParent());
        Files.writeString(users, "# no user yet\n#karaf = karaf,_g_:admingroup\n_g_\\:admingroup = group,admin\n");
        Path secret = dir.resolve("data/accountsuccess/first-admin.txt");

        String password = FirstAdmin.create(users, secret, new Random(7)).orElseThrow();

        assertThat(password).hasSize(20).matches("[A-Za-z2-9]+");
        List<String> lines = Files.readAllLines(users);
        assertThat(lines).startsWith("# no user yet", "#karaf = karaf,_g_:admingroup", "_g_\\:admingroup = group,admin");
        // SHA-256 of the password, upper-case hex, as Karaf's realm compares it
        assertThat(lines.get(lines.size() - 1)).isEqualTo("admin = " + FirstAdmin.hashed(password) + ",as-admin,admin,ssh")
                .doesNotContain(password);
        // echo -n karaf | sha256sum
        assertThat(FirstAdmin.hashed("karaf"))
                .isEqualTo("{CRYPT}305884C45350BBCDC850476E9493389D0BF2C60D4A6A5033DAE16F8870E7EA8D{CRYPT}");
        assertThat(Files.readString(secret, StandardCharsets.UTF_8)).isEqualTo("user admin\npassword " + password + "\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
    }

    @Test
    void aRealmWithAUserIsNeverTouched() throws Exception {
        Path users = dir.resolve("users.properties");
        Files.writeString(users, "alice = pw,admin\n");
        assertThat(FirstAdmin.create(users, dir.resolve("secret.txt"), new Random(1))).isEmpty();
        assertThat(Files.readString(users)).isEqualTo("alice = pw,admin\n");
        assertThat(dir.resolve("secret.txt")).doesNotExist();
    }
}
