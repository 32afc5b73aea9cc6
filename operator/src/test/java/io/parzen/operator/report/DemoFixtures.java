package io.parzen.operator.report;

import io.parzen.storage.ObjectStore;
import java.io.IOException;

/** Opens the package's test studies to tests in other packages (the CLI's). */
public final class DemoFixtures {
    private DemoFixtures() {}

    /** Writes {@link FakeStudy} ("seed", six trials) into {@code store}. */
    public static void writeFakeStudy(ObjectStore store) throws IOException {
        FakeStudy.write(store);
    }
}
