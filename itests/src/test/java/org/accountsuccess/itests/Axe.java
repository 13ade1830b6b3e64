package org.accountsuccess.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (Deque, MPL-2.0, from the npm registry: {@code .ci/run} installs it into
 * {@code itests/node_modules}) run in the page: the WCAG 2.1 A and AA rules and axe's best practices.
 */
final class Axe {
    private static final Path SCRIPT = Paths.get(System.getProperty("axe.script", "node_modules/axe-core/axe.min.js"));
    private static String source;

    private Axe() {
    }

    /** The script, or a failure that says how to get it (never a silent skip). */
    static String script() throws IOException {
        if (source == null) {
            assertThat(SCRIPT).as("axe-core is missing at %s: run `npm install --prefix itests --no-save axe-core@4.14.1`"
                    + " (.ci/run does) before the ITs", SCRIPT.toAbsolutePath()).isRegularFile();
            source = Files.readString(SCRIPT);
        }
        return source;
    }

    /** The violations on the page as it is now, one line each: rule, impact, the first offending node. */
    @SuppressWarnings("unchecked")
    static List<String> violations(ChromeDriver browser) throws IOException {
        if (Boolean.FALSE.equals(browser.executeScript("return typeof window.axe === 'object'"))) {
            browser.executeScript(script());
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
                  .then(r => done(r.passes.length === 0
                    ? [{ id: 'axe-checked-nothing', impact: 'critical', help: 'no rule passed', node: '', html: '', count: 0 }]
                    : r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                      node: v.nodes[0].target.join(' '), html: v.nodes[0].html.slice(0, 200), count: v.nodes.length }))))
                  .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), node: '', html: '', count: 0 }]));""");
        return found.stream().map(v -> v.get("id") + " (" + v.get("impact") + ", " + v.get("count") + " nodes): " + v.get("help")
                + " at " + v.get("node") + " " + v.get("html")).toList();
    }
}
