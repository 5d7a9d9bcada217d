package io.usdtcustody.functions.kyc.lists;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where one version of the OFAC lists ({@code sdn.csv} and {@code alt.csv}) is: the copy in the jar
 * ({@code classpath}), a folder ({@code /path/to/ofac}), or a folder of the sanctions-lists bucket
 * ({@code s3://<bucket>/ofac/<version>/}). Its text is also the list's source, which names the version in review
 * cases and in the applied-version record, so it is canonical: an S3 folder always ends with {@code /}.
 */
public sealed interface ListLocation permits ListLocation.Classpath, ListLocation.Directory, ListLocation.S3Folder {
    String S3_SCHEME = "s3://";
    ListLocation CLASSPATH = new Classpath();

    /** {@code classpath}, {@code s3://bucket/prefix/} or a folder path. */
    static ListLocation parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.equals("classpath") || text.equals("classpath:ofac")) {
            return CLASSPATH;
        }
        if (text.startsWith(S3_SCHEME)) {
            String rest = text.substring(S3_SCHEME.length());
            int slash = rest.indexOf('/');
            if (slash <= 0) {
                throw new IllegalArgumentException("an S3 list location is s3://<bucket>/<folder>/");
            }
            return new S3Folder(rest.substring(0, slash), rest.substring(slash + 1));
        }
        return new Directory(Path.of(text));
    }

    /** The copy of the lists shipped in the screening library. */
    record Classpath() implements ListLocation {
        @Override
        public String toString() {
            return "classpath:ofac";
        }
    }

    /** A folder on disk, as downloaded from OFAC. */
    record Directory(Path folder) implements ListLocation {
        @Override
        public String toString() {
            return folder.toString();
        }
    }

    /** A folder of a bucket: {@code <prefix>sdn.csv} and {@code <prefix>alt.csv}. */
    record S3Folder(String bucket, String prefix) implements ListLocation {
        public S3Folder {
            Objects.requireNonNull(bucket, "bucket");
            prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        }

        /** The folder whose marker object {@code key} (e.g. {@code ofac/2024-06-01/READY}) was uploaded. */
        public static S3Folder ofMarker(String bucket, String key) {
            return new S3Folder(bucket, key.substring(0, key.lastIndexOf('/') + 1));
        }

        @Override
        public String toString() {
            return S3_SCHEME + bucket + "/" + prefix;
        }
    }
}
