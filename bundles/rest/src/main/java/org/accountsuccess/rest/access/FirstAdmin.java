package org.accountsuccess.rest.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A first admin on first start: when {@code etc/users.properties} holds no user, it gets the user
 * {@value #USER} with a random password, stored hashed the way Karaf's realm checks it (SHA-256,
 * {@code encryption.enabled = true} in {@code etc/org.apache.karaf.jaas.cfg}), with the product
 * role admin (JAAS role {@code as-admin}) and Karaf's own admin and ssh roles (for the console).
 * The password is printed once on the console and kept in
 * {@code data/accountsuccess/first-admin.txt}, readable by the owner only; nothing else ever shows it. A realm that holds any user is never touched.
 */
@Component(immediate = true)
public class FirstAdmin {
    static final String USER = "admin";
    static final String ROLES = "as-admin,admin,ssh";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Activate
    void activate() {
        String etc = System.getProperty("karaf.etc");
        String data = System.getProperty("karaf.data");
        if (etc == null || data == null) {
            return; // not in a Karaf distribution
        }
        Path secret = Path.of(data, "accountsuccess", "first-admin.txt");
        try {
            create(Path.of(etc, "users.properties"), secret, new SecureRandom()).ifPresent(password -> {
                System.out.println();
                System.out.println("Account Success: no user was set up, so the user '" + USER + "' was created with the"
                        + " password " + password);
                System.out.println("  (also in " + secret + ", readable by this account only; change it in"
                        + " etc/users.properties)");
                System.out.println();
                LOG.info("First start: created the user '{}' (the password is in {})", USER, secret);
            });
        } catch (IOException e) {
            LOG.warn("Could not create the first admin in {}: {}", etc, e.toString());
        }
    }

    /** Creates the first admin when {@code users} holds no user; answers the new password. */
    static Optional<String> create(Path users, Path secret, Random random) throws IOException {
        List<String> lines = Files.exists(users) ? Files.readAllLines(users, StandardCharsets.UTF_8) : List.of();
        if (lines.stream().map(String::strip).anyMatch(FirstAdmin::isUser)) {
            return Optional.empty();
        }
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        Files.createDirectories(secret.getParent());
        Path secretTemp = Files.createTempFile(secret.getParent(), "first-admin", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(secretTemp, "user " + USER + "\npassword " + password + "\n", StandardCharsets.UTF_8);
        Files.move(secretTemp, secret, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        text.append("# created on first start (password in data/accountsuccess/first-admin.txt)\n")
                .append(USER).append(" = ").append(hashed(password.toString())).append(',').append(ROLES).append('\n');
        Path usersTemp = Files.createTempFile(users.getParent(), "users", ".tmp");
        Files.writeString(usersTemp, text, StandardCharsets.UTF_8);
        Files.move(usersTemp, users, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(password.toString());
    }

    /** A password as Karaf's basic encryption stores it: {CRYPT}upper-case hex SHA-256{CRYPT}. */
    static String hashed(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return "{CRYPT}" + HexFormat.of().withUpperCase().formatHex(digest) + "{CRYPT}";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A line of users.properties that defines a user (not a comment, not a group). */
    private static boolean isUser(String line) {
        return !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!") && !line.startsWith("_g_")
                && line.contains("=");
    }
}
