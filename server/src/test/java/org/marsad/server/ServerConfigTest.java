package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsNeedOnlyAnIndex() {
        ServerConfig c = ServerConfig.resolve(Map.of("index", "/data/idx"), Map.of());
        assertThat(c.port()).isEqualTo(7070);
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.maxBodyBytes()).isEqualTo(1 << 20);
        assertThat(c.corsOrigins()).isEmpty();
        assertThat(c.apiKey()).isEmpty();
        assertThat(c.threads()).isEqualTo(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void threadsComeFromFlagEnvironmentOrFile() throws Exception {
        assertThat(ServerConfig.resolve(Map.of("index", "x", "threads", "12"), Map.of()).threads()).isEqualTo(12);
        assertThat(ServerConfig.resolve(Map.of("index", "x"), Map.of("MARSAD_THREADS", "20")).threads()).isEqualTo(20);
        Path file = dir.resolve("t.properties");
        Files.writeString(file, "index=x\nthreads=16\n");
        assertThat(ServerConfig.resolve(Map.of("config", file.toString()), Map.of()).threads()).isEqualTo(16);
        assertThatThrownBy(() -> ServerConfig.resolve(Map.of("index", "x", "threads", "2"), Map.of())).hasMessageContaining("threads");
        assertThatThrownBy(() -> ServerConfig.resolve(Map.of("index", "x", "threads", "many"), Map.of())).hasMessageContaining("threads");
    }

    @Test
    void flagsBeatEnvironmentWhichBeatsTheFile() throws Exception {
        Path file = dir.resolve("marsad.properties");
        Files.writeString(file, "index=/from/file\nport=9000\nhost=0.0.0.0\nmax-body=2m\ncors-origins=http://a.example, http://b.example\n");
        ServerConfig fromFile = ServerConfig.resolve(Map.of("config", file.toString()), Map.of());
        assertThat(fromFile.index()).isEqualTo(Path.of("/from/file"));
        assertThat(fromFile.maxBodyBytes()).isEqualTo(2L << 20);
        assertThat(fromFile.corsOrigins()).containsExactly("http://a.example", "http://b.example");
        ServerConfig env = ServerConfig.resolve(Map.of(), Map.of("MARSAD_CONFIG", file.toString(), "MARSAD_PORT", "9100",
                "MARSAD_API_KEY", "k"));
        assertThat(env.port()).isEqualTo(9100);
        assertThat(env.host()).isEqualTo("0.0.0.0");
        assertThat(env.apiKey()).hasValue("k");
        ServerConfig flags = ServerConfig.resolve(Map.of("config", file.toString(), "port", "9200"), Map.of("MARSAD_PORT", "9100"));
        assertThat(flags.port()).isEqualTo(9200);
    }

    @Test
    void badSettingsAreNamed() throws Exception {
        assertThatThrownBy(() -> ServerConfig.resolve(Map.of(), Map.of())).hasMessageContaining("--index");
        assertThatThrownBy(() -> ServerConfig.resolve(Map.of("index", "x", "port", "http"), Map.of())).hasMessageContaining("port");
        assertThatThrownBy(() -> ServerConfig.resolve(Map.of("index", "x", "port", "70000"), Map.of())).hasMessageContaining("0..65535");
        assertThatThrownBy(() -> ServerConfig.resolve(Map.of("index", "x", "max-body", "-5"), Map.of())).hasMessageContaining("max-body");
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "index=x\napi-key=secret\n");
        assertThatThrownBy(() -> ServerConfig.resolve(Map.of("config", file.toString()), Map.of()))
                .hasMessageContaining("unknown setting 'api-key'");
        assertThatThrownBy(() -> ServerConfig.resolve(Map.of("config", dir.resolve("none").toString()), Map.of()))
                .hasMessageContaining("cannot read config file");
    }

    @Test
    void anEmptyApiKeyMeansNoKey() {
        assertThat(ServerConfig.resolve(Map.of("index", "x"), Map.of("MARSAD_API_KEY", " ")).apiKey()).isEmpty();
    }
}
