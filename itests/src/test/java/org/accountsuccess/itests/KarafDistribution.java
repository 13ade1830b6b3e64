package org.accountsuccess.itests;

import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.extra.VMOption;

/** The Pax Exam options that boot the project's own distribution, off the default ports. */
final class KarafDistribution {
    /** The HTTP port of the REST API in the ITs. */
    static final String HTTP_PORT = "18381";
    /** The last day of the demo data in the ITs (without it, the demo ends the day before the first start). */
    static final String DEMO_ANCHOR = "2026-11-15";

    private KarafDistribution() {
    }

    static Option[] options(Option... extra) {
        String karaf = System.getProperty("karaf.version");
        Option[] base = {
            karafDistributionConfiguration()
                    // the archive the build just made: `mvn verify` installs it in no repository
                    .frameworkUrl(new File(System.getProperty("distribution.archive")).toURI().toString())
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.INFO),
            // the build's own local repository, so that CI with -Dmaven.repo.local works
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("maven.repo.local")),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "18401"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11499"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44844"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", HTTP_PORT),
            // the demo data as drawn, up to the day the tests' figures were worked out for
            editConfigurationFilePut("etc/org.accountsuccess.demo.cfg", "anchor", DEMO_ANCHOR),
            // the test libraries the probe uses inside the container
            mavenBundle("net.bytebuddy", "byte-buddy", System.getProperty("bytebuddy.version")),
            mavenBundle("org.assertj", "assertj-core", System.getProperty("assertj.version")),
            mavenBundle("org.hamcrest", "hamcrest", System.getProperty("hamcrest.version")),
            mavenBundle("org.awaitility", "awaitility", System.getProperty("awaitility.version")),
            systemProperty("accountsuccess.shared.dir").value(String.valueOf(System.getProperty("accountsuccess.shared.dir"))),
            // Pax Exam starts Karaf without the Java 9+ flags of bin/karaf
            new VMOption("--add-reads=java.xml=java.logging"),
            new VMOption("--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED"),
            new VMOption("--patch-module"),
            new VMOption("java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karaf + ".jar"),
            new VMOption("--patch-module"),
            new VMOption("java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karaf + ".jar"),
            new VMOption("--add-opens"), new VMOption("java.base/java.security=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.base/java.net=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.base/java.lang=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.base/java.util=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.naming/javax.naming.spi=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED"),
            new VMOption("--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED"),
        };
        Option[] all = new Option[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }
}
