package io.usdtcustody.infra;

import io.usdtcustody.model.catalogue.ResourceNaming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;

/**
 * The platform synthesised once per test JVM (jsii and synthesis take tens of seconds), shared by every test
 * class. Function code is a tiny jar written here, so no function build is needed.
 */
final class SynthesizedPlatform {
    static final PlatformConfig CONFIG = new PlatformConfig("dev", new ResourceNaming("usdt-dev-"), "test-image",
            Path.of("").toAbsolutePath());
    /** The KYC vendor a deployment names in its context (required: a KYC function must reach its vendor). */
    static final Map<String, Object> KYC_VENDOR = Map.of("kycVendorName", "idvendor",
            "kycVendorUrl", "https://api.idvendor.example");

    private static SynthesizedPlatform instance;

    final Platform platform;
    private final Map<Stack, Template> templates = new LinkedHashMap<>();

    private SynthesizedPlatform(Path workFolder) {
        Path jar = placeholderJar(workFolder.resolve("function.jar"));
        Map<String, Object> context = new LinkedHashMap<>(Platform.APP_CONTEXT);
        context.putAll(KYC_VENDOR);
        App app = App.Builder.create().context(context).outdir(workFolder.resolve("cdk.out").toString()).build();
        this.platform = Platform.create(app, CONFIG, StackProps.builder().build(), spec -> Code.fromAsset(jar.toString()));
        for (Stack stack : platform.stacks()) {
            templates.put(stack, Template.fromStack(stack));
        }
    }

    static synchronized SynthesizedPlatform get() {
        if (instance == null) {
            try {
                Path workFolder = Files.createTempDirectory("infra-cdk-test");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(workFolder)));
                instance = new SynthesizedPlatform(workFolder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    Template template(Stack stack) {
        return templates.get(stack);
    }

    List<Template> allTemplates() {
        return List.copyOf(templates.values());
    }

    /** Every resource of a CloudFormation type in every stack, as logical id → resource (Type, Properties, ...). */
    Map<String, Map<String, Object>> resources(String type) {
        Map<String, Map<String, Object>> all = new LinkedHashMap<>();
        templates.forEach((stack, template) -> template.findResources(type)
                .forEach((id, resource) -> all.put(stack.getStackName() + "/" + id, resource)));
        return all;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Map<String, Object> resource) {
        return (Map<String, Object>) resource.getOrDefault("Properties", Map.of());
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }

    private static Path placeholderJar(Path jar) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
