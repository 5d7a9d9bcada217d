package io.usdtcustody.matching.core;

import io.usdtcustody.matching.engine.api.Command;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * The engine bench's mixed order flow ({@code io.usdtcustody.matching.bench.MixedOrderFlow}: GTC/IOC/FOK/market/
 * cancel/amend against a book {@code depth} orders deep) as a starting snapshot and commands for the matching
 * core's benches. Those harness classes are package-private, so this reaches them reflectively.
 *
 * @param start    the engine snapshot holding the prefilled book
 * @param commands the flow, each a fresh {@link Command}
 * @param tape     the harness's own tape object (for the harness's own runners)
 * @param mix      the tape's description of its command mix
 */
record BenchFlow(byte[] start, Command[] commands, Object tape, String mix) {
    static final String BENCH = "io.usdtcustody.matching.bench.";

    /** The flow for {@code depth} with {@code count} commands, all loaded as {@link Command}s. */
    static BenchFlow generate(int depth, int count) throws ReflectiveOperationException {
        return generate(depth, count, count);
    }

    /** The flow for {@code depth} with {@code count} commands, the first {@code loaded} of them as {@link Command}s. */
    static BenchFlow generate(int depth, int count, int loaded) throws ReflectiveOperationException {
        Class<?> bench = Class.forName(BENCH + "MatchingBench");
        Class<?> flowType = Class.forName(BENCH + "MixedOrderFlow");
        Constructor<?> newFlow = accessible(flowType.getDeclaredConstructor(long.class, int.class, int.class));
        Object flow = newFlow.newInstance(constant(bench, "SEED"), (int) constant(bench, "ACCOUNTS"), depth);
        byte[] start = (byte[]) accessible(flowType.getDeclaredMethod("prefill")).invoke(flow);
        Object tape = accessible(flowType.getDeclaredMethod("generate", int.class)).invoke(flow, count);
        Class<?> tapeType = tape.getClass();
        int size = (int) accessible(tapeType.getDeclaredMethod("size")).invoke(tape);
        Method load = accessible(tapeType.getDeclaredMethod("load", int.class, Command.class, long.class));
        Command[] commands = new Command[Math.min(loaded, size)];
        for (int i = 0; i < commands.length; i++) {
            commands[i] = new Command();
            load.invoke(tape, i, commands[i], (long) i);
        }
        return new BenchFlow(start, commands, tape, (String) accessible(tapeType.getDeclaredMethod("mix")).invoke(tape));
    }

    /** How many commands the tape holds. */
    int size() throws ReflectiveOperationException {
        return (int) accessible(tape.getClass().getDeclaredMethod("size")).invoke(tape);
    }

    private static long constant(Class<?> type, String name) throws ReflectiveOperationException {
        Field field = accessible(type.getDeclaredField(name));
        return ((Number) field.get(null)).longValue();
    }

    static <T extends AccessibleObject> T accessible(T member) {
        member.setAccessible(true);
        return member;
    }
}
