package io.usdtcustody.functions.kyc.cli;

import java.io.PrintStream;
import java.util.Map;

/** Lets tests outside this package run the command line in-process, as {@code RescreenMainIT} does. */
public final class RescreenMainAccess {
    private RescreenMainAccess() {
    }

    public static int run(String[] args, Map<String, String> environment, PrintStream out) {
        return RescreenMain.run(args, environment, out, System.err);
    }
}
