package io.usdtcustody.localcloud.gateway.testfunction;

import io.usdtcustody.localcloud.gateway.lambda.LambdaRuntimeClasspath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The code of the test functions as a function deployment would ship it: a jar with the handler classes of this
 * package, written from the compiled test classes, next to the libraries a shaded function jar would contain
 * (Lambda events with its joda-time, Jackson). The runtime interface client is not part of it; the local Lambda adds its own.
 */
public final class TestFunctionCode {
    private TestFunctionCode() {
    }

    public static List<Path> build(Path folder) {
        try {
            Path classes = Path.of(EchoHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String packagePath = EchoHandler.class.getPackageName().replace('.', '/');
            Path jar = folder.resolve("function-test.jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                 Stream<Path> files = Files.walk(classes.resolve(packagePath))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
            }
            List<Path> code = new ArrayList<>(List.of(jar));
            for (String library : List.of("com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent",
                    "com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.core.JsonFactory",
                    "com.fasterxml.jackson.annotation.JsonProperty", "org.joda.time.DateTime")) {
                code.add(LambdaRuntimeClasspath.locationOf(library));
            }
            return code;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
