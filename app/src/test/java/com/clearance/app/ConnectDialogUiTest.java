package com.clearance.app;

import com.clearance.persistence.TestDatabases;
import com.clearance.persistence.TestPostgres;
import com.clearance.ui.WorkbenchApp;
import com.clearance.ui.WorkbenchPreferences;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import static com.clearance.app.WindowUnderTest.button;
import static com.clearance.app.WindowUnderTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * File ▸ Connect to team database… in the real window: the fields with their labels whole, the test-connection
 * result as one plain sentence (a port that is not a number, a server that does not answer, a database that works),
 * and a connection that is remembered for the next time without its password.
 */
class ConnectDialogUiTest {

    @TempDir
    Path dir;
    private WorkbenchApp app;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        WorkbenchApp.setWorkbenchOpener(null);
        WindowUnderTest.stop(app);
    }

    @Test
    void theFieldsAreLabelledAndAFailedTestSaysPlainlyWhy() throws Exception {
        openDialog();
        for (String label : List.of("Host", "Port", "Database", "User", "SSL")) {
            Label l = robot.lookup((javafx.scene.Node n) -> n instanceof Label x && label.equals(x.getText())).queryAs(Label.class);
            assertThat(l.getWidth()).as(label + " shown whole").isGreaterThanOrEqualTo(l.prefWidth(-1) - 0.5);
        }
        waitFor(() -> field("#connectHost").isFocused()); // typing goes to the host at once
        assertThat(field("#connectHost").getText()).as("nothing remembered yet").isEmpty();
        assertThat(field("#connectUser").getPromptText()).as("the OS user, as for psql").isEqualTo(System.getProperty("user.name"));
        assertThat(field("#connectPort").getPromptText()).isEqualTo("5432");
        ComboBox<String> ssl = ssl();
        assertThat(ssl.getValue()).isEqualTo("prefer");
        assertThat(ssl.getItems()).containsExactly("prefer", "require", "verify-full", "disable");
        assertThat(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.PasswordField).tryQuery())
                .as("no password field: the password comes from PGPASSWORD or ~/.pgpass").isEmpty();

        fill("db.example.org", "54x2", "clearance", "dana", "prefer");
        robot.clickOn("#testConnection");
        Label result = robot.lookup("#connectResult").queryAs(Label.class);
        waitFor(() -> result.getText().equals("The port is a number, 5432 unless the server says otherwise."));

        int closed = closedPort();
        fill("127.0.0.1", String.valueOf(closed), "clearance", "", "disable"); // a blank user is the OS user
        robot.clickOn("#testConnection");
        waitFor(() -> result.getText().startsWith("No PostgreSQL server answers at 127.0.0.1:" + closed));
        assertThat(result.getText()).doesNotContain("Exception", "org.postgresql", "SQLState", "\n");
        assertThat(result.getHeight()).as("the whole sentence shows, wrapped").isGreaterThanOrEqualTo(
                result.prefHeight(result.getWidth()) - 0.5);

        robot.clickOn(button("Cancel", robot));
        waitFor(() -> robot.lookup("#connectHost").tryQuery().isEmpty());
        assertThat(WorkbenchPreferences.forUser().teamDatabase()).as("a cancelled dialog remembers nothing").isNull();
    }

    @Test
    void aTestedTeamDatabaseConnectsAndIsRememberedWithoutThePassword() throws Exception {
        Assumptions.assumeTrue(TestPostgres.available(), TestPostgres::skipReason);
        TestDatabases.usePasswordFile();
        TestPostgres pg = TestPostgres.get();
        String database = pg.createDatabase();
        openDialog();

        fill("127.0.0.1", String.valueOf(pg.port()), database, TestPostgres.USER, "disable");
        robot.clickOn("#testConnection");
        Label result = robot.lookup("#connectResult").queryAs(Label.class);
        waitFor(() -> result.getText().startsWith("Connected to the team database"));
        assertThat(result.getText()).endsWith("Clearance's tables are ready.");

        robot.clickOn(button("Connect", robot));
        Label status = robot.lookup("#statusLine").queryAs(Label.class);
        waitFor(() -> status.getText().startsWith("Team database: "));
        assertThat(status.getText()).contains(database);

        String url = "postgresql://" + TestPostgres.USER + "@127.0.0.1:" + pg.port() + "/" + database + "?sslmode=disable";
        assertThat(WorkbenchPreferences.forUser().teamDatabase()).isEqualTo(url);
        Preferences node = Preferences.userRoot().node(System.getProperty("clearance.prefsNode"));
        node.sync();
        for (String key : node.keys()) {
            assertThat(node.get(key, "")).as(key).doesNotContain(TestPostgres.PASSWORD);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(f.toString()).doesNotContain(TestPostgres.PASSWORD);
            }
        }

        pressConnectShortcut();
        waitFor(() -> robot.lookup("#connectHost").tryQuery().isPresent());
        assertThat(field("#connectHost").getText()).isEqualTo("127.0.0.1");
        assertThat(field("#connectPort").getText()).isEqualTo(String.valueOf(pg.port()));
        assertThat(field("#connectDatabase").getText()).isEqualTo(database);
        assertThat(field("#connectUser").getText()).isEqualTo(TestPostgres.USER);
        assertThat(ssl().getValue()).isEqualTo("disable");
        robot.clickOn(button("Cancel", robot));
    }

    /** The window over an H2 file in the test folder, switching databases as the launcher makes it; the dialog open. */
    private void openDialog() throws Exception {
        WindowUnderTest.usePrivatePreferences();
        WorkbenchApp.setWorkbenchOpener(target -> WorkbenchAssembly.open(dir, target, null));
        app = WindowUnderTest.start(dir);
        waitFor(() -> robot.lookup("#contractsTable").tryQuery().isPresent());
        pressConnectShortcut();
        waitFor(() -> robot.lookup("#connectHost").tryQuery().isPresent());
    }

    /** Shortcut+Shift+J, File ▸ Connect to team database…'s accelerator (the dialog waits, so not from interact). */
    private void pressConnectShortcut() {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.J).release(KeyCode.J, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private void fill(String host, String port, String database, String user, String sslMode) {
        robot.interact(() -> {
            field("#connectHost").setText(host);
            field("#connectPort").setText(port);
            field("#connectDatabase").setText(database);
            field("#connectUser").setText(user);
            ssl().setValue(sslMode);
        });
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> ssl() {
        return robot.lookup("#connectSsl").queryAs(ComboBox.class);
    }

    private TextField field(String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    /** A loopback port nothing listens on. */
    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
