package dev.stencil.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

class OpenSearchLocalIT {

    @Test
    void startsAsRootFromAFolderOtherUsersCannotEnter() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root starts OpenSearch as another user");
        Path closed = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "closed-");
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        LocalServicesConfig system = LocalServicesConfig.fromSystem();
        LocalServicesConfig config = new LocalServicesConfig(system.npmDir(), system.s3proxyJar(),
                system.opensearchZip(), system.opensearchJavaHome(), closed.resolve("local-services"));

        try (OpenSearchLocal openSearch = OpenSearchLocal.start(config)) {
            URI health = openSearch.endpoint().resolve("/_cluster/health");
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\"");
        }
    }
}
