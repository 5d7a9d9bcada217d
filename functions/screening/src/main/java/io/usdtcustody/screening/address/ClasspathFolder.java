package io.usdtcustody.screening.address;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Lists the files of one resource folder that ships with a class: in its classes directory (tests, IDE) or in
 * its jar (the service's shaded jar). The class loader cannot list a folder, and a jar need not contain
 * directory entries, so the code source is read directly.
 */
final class ClasspathFolder {
    private ClasspathFolder() {
    }

    /** File names (no folders) directly in {@code folder}, sorted. */
    static List<String> fileNames(Class<?> anchor, String folder) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot locate the class path entry of " + anchor.getSimpleName());
        }
        try {
            return fileNames(Path.of(source.getLocation().toURI()), folder);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the class path entry of " + anchor.getSimpleName() + " is not a file", e);
        }
    }

    static List<String> fileNames(Path classpathEntry, String folder) {
        List<String> names = new ArrayList<>();
        try {
            if (Files.isDirectory(classpathEntry)) {
                Path dir = classpathEntry.resolve(folder);
                if (Files.isDirectory(dir)) {
                    try (var files = Files.list(dir)) {
                        files.filter(Files::isRegularFile).forEach(f -> names.add(f.getFileName().toString()));
                    }
                }
            } else {
                String prefix = folder.endsWith("/") ? folder : folder + "/";
                try (ZipFile jar = new ZipFile(classpathEntry.toFile())) {
                    for (ZipEntry entry : Collections.list(jar.entries())) {
                        String name = entry.getName();
                        String rest = name.startsWith(prefix) ? name.substring(prefix.length()) : "";
                        if (!entry.isDirectory() && !rest.isEmpty() && !rest.contains("/")) {
                            names.add(rest);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list resource folder " + folder, e);
        }
        Collections.sort(names);
        return names;
    }
}
