package org.atelier.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A Spring Boot service from its runnable jar, pointed at the local Kafka, MongoDB and identity provider through the environment. */
final class ServiceComponent implements Component {

    /** Small heap and C1 only: four services start faster and fit on a laptop; throughput does not matter here. */
    private static final List<String> DEFAULT_JVM_ARGS = List.of("-Xmx320m", "-XX:TieredStopAtLevel=1");

    private final ServiceSpec spec;
    private final StackConfig config;
    private final DataDir dataDir;
    private final PidFiles pidFiles;

    ServiceComponent(ServiceSpec spec, StackConfig config, DataDir dataDir, PidFiles pidFiles) {
        this.spec = spec;
        this.config = config;
        this.dataDir = dataDir;
        this.pidFiles = pidFiles;
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public ChildProcess start() {
        Path jar = spec.jar(config.rootDir());
        if (!Files.isRegularFile(jar)) {
            throw new AtelierException(spec.name() + " is not built: " + DisplayPaths.of(jar)
                    + " is missing. Build it: ./mvnw -DskipTests install");
        }
        List<String> jvmArgs = new ArrayList<>(DEFAULT_JVM_ARGS);
        jvmArgs.addAll(spec.jvmArgs());
        List<String> args = new ArrayList<>(List.of("-jar", jar.toString(), "--server.port=" + spec.port()));
        args.addAll(spec.programArgs());
        return ChildProcess.start(spec.name(), JavaCommand.of(jvmArgs, args), config.environment(spec, dataDir.demoUsers()), dataDir, pidFiles);
    }

    @Override
    public boolean isReady() {
        return Readiness.of(spec.port()).up();
    }
}
