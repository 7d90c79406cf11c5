package dev.bosun.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server a seller runs Bosun on keeps its data through a power cut. */
class EmbeddedDatabaseTests {

    @Test
    void writesAreDurable(@TempDir Path dataDir) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
                Connection c = DriverManager.getConnection(database.jdbcUrl());
                Statement s = c.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet rs = s.executeQuery("show " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }
}
