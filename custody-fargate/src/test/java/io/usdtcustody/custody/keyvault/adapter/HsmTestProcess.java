package io.usdtcustody.custody.keyvault.adapter;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.opentest4j.TestAbortedException;

/**
 * Runs JUnit test classes in a child JVM whose environment is the local cloud's HSM environment, and reports
 * each test back. Needed because SoftHSM2 reads {@code SOFTHSM2_CONF} from the process environment when the
 * library initialises, and a running JVM cannot change its own environment; the test JVM starts the local
 * cloud (and so learns the configuration) only after it has started. The service gets the same variables
 * from {@code ./platform up}, so this is also how production runs. The child gets the {@code --add-exports}
 * option that lets the vault find tokens by label.
 *
 * <p>The JUnit Platform launcher is on the test run's class path (Surefire/Failsafe put it there) but not on
 * the compile class path, hence the reflection.
 */
public final class HsmTestProcess {
    private static final String MARK = "@@hsm-test\t";

    /** One test (or failed container) as the child reported it. */
    public record Result(String name, String status, long millis, String failure) {

        /** Passes, fails with the child's stack trace, or aborts as the child's test did. */
        public void replay() {
            switch (status) {
                case "SUCCESSFUL" -> { }
                case "ABORTED", "SKIPPED" -> throw new TestAbortedException(name + " was skipped: " + failure);
                default -> throw new AssertionError(name + " failed in the HSM process:\n" + failure);
            }
        }
    }

    private HsmTestProcess() {
    }

    /** Runs {@code testClasses} in a child JVM with {@code environment} added; returns every result. */
    public static List<Result> run(Map<String, String> environment, List<Class<?>> testClasses, Duration timeout)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                Pkcs11TokenSlots.ADD_EXPORTS, "-cp", childClassPath(), HsmTestProcess.class.getName()));
        testClasses.forEach(type -> command.add(type.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process child = builder.start();
        List<Result> results = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(MARK)) {
                    String[] field = line.substring(MARK.length()).split("\t", -1);
                    results.add(new Result(field[0], field[1], Long.parseLong(field[2]),
                            new String(Base64.getDecoder().decode(field[3]), StandardCharsets.UTF_8)));
                } else {
                    System.out.println("[hsm process] " + line);
                }
            }
        }
        if (!child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the HSM test process did not finish within " + timeout);
        }
        if (child.exitValue() != 0) {
            throw new AssertionError("the HSM test process exited with " + child.exitValue());
        }
        return results;
    }

    /**
     * This JVM's class path plus the jar of the JUnit Platform launcher, which Surefire/Failsafe load through a
     * class loader of their own rather than the class path.
     */
    private static String childClassPath() throws Exception {
        Path launcher = Path.of(Class.forName("org.junit.platform.launcher.core.LauncherFactory")
                .getProtectionDomain().getCodeSource().getLocation().toURI());
        return System.getProperty("java.class.path") + java.io.File.pathSeparator + launcher;
    }

    /** Child side: arguments are test class names. */
    public static void main(String[] args) throws Exception {
        DiscoverySelector[] selectors = new DiscoverySelector[args.length];
        for (int i = 0; i < args.length; i++) {
            selectors[i] = DiscoverySelectors.selectClass(Class.forName(args[i]));
        }
        Class<?> builderType = Class.forName("org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder");
        Object builder = builderType.getMethod("request").invoke(null);
        builderType.getMethod("selectors", DiscoverySelector[].class).invoke(builder, (Object) selectors);
        Object request = builderType.getMethod("build").invoke(builder);
        Class<?> launcherType = Class.forName("org.junit.platform.launcher.Launcher");
        Class<?> requestType = Class.forName("org.junit.platform.launcher.LauncherDiscoveryRequest");
        Class<?> listenerType = Class.forName("org.junit.platform.launcher.TestExecutionListener");
        Object launcher = Class.forName("org.junit.platform.launcher.core.LauncherFactory").getMethod("create").invoke(null);
        Object listeners = Array.newInstance(listenerType, 1);
        Array.set(listeners, 0, Proxy.newProxyInstance(HsmTestProcess.class.getClassLoader(),
                new Class<?>[] {listenerType}, new Reporter()));
        launcherType.getMethod("execute", requestType, listeners.getClass()).invoke(launcher, request, listeners);
        System.out.flush();
        System.exit(0); // SunPKCS11 and test executors may leave threads behind
    }

    /** The {@code TestExecutionListener}: one marked line per finished or skipped test, and per failed container. */
    private static final class Reporter implements InvocationHandler {
        private final Map<String, Long> started = new ConcurrentHashMap<>();

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Exception {
            switch (method.getName()) {
                case "executionStarted" -> started.put(call(args[0], "getUniqueId").toString(), System.nanoTime());
                case "executionSkipped" -> {
                    if ((boolean) call(args[0], "isTest")) {
                        report(args[0], "SKIPPED", String.valueOf(args[1]));
                    }
                }
                case "executionFinished" -> finished(args[0], (TestExecutionResult) args[1]);
                case "toString" -> {
                    return "HsmTestProcess.Reporter";
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                default -> { }
            }
            return null;
        }

        private void finished(Object identifier, TestExecutionResult result) throws Exception {
            boolean test = (boolean) call(identifier, "isTest");
            String status = result.getStatus().name();
            if (test || !"SUCCESSFUL".equals(status)) {
                report(identifier, status, result.getThrowable().map(HsmTestProcess::stackTrace).orElse(""));
            }
        }

        private void report(Object identifier, String status, String failure) throws Exception {
            Long start = started.get(call(identifier, "getUniqueId").toString());
            long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
            String name = call(identifier, "getLegacyReportingName").toString();
            Optional<?> source = (Optional<?>) call(identifier, "getSource");
            if (source.isPresent() && source.get() instanceof MethodSource method) {
                name = method.getJavaClass().getSimpleName() + "." + name;
            }
            synchronized (System.out) {
                System.out.println(MARK + name.replace('\t', ' ') + "\t" + status + "\t" + millis + "\t"
                        + Base64.getEncoder().encodeToString(failure.getBytes(StandardCharsets.UTF_8)));
                System.out.flush();
            }
        }

        private static Object call(Object target, String method) throws Exception {
            Method accessor = Class.forName("org.junit.platform.launcher.TestIdentifier").getMethod(method);
            return accessor.invoke(target);
        }
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
