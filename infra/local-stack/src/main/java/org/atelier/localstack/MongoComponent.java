package org.atelier.localstack;

import java.util.Map;

/** The MongoDB-protocol server ({@link EmbeddedMongoMain}) as a child JVM; its data file lives in the data directory. */
final class MongoComponent implements Component {

    static final String NAME = "mongodb";

    private final StackConfig config;
    private final DataDir dataDir;
    private final PidFiles pidFiles;

    MongoComponent(StackConfig config, DataDir dataDir, PidFiles pidFiles) {
        this.config = config;
        this.dataDir = dataDir;
        this.pidFiles = pidFiles;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ChildProcess start() {
        return ChildProcess.start(NAME, JavaCommand.onLocalStackClasspath(config.classpath(), "192m",
                EmbeddedMongoMain.class.getName(), String.valueOf(config.mongoPort()), dataDir.mongoFile().toString()),
                Map.of(), dataDir, pidFiles);
    }

    /** The server binds only after its data file is open, so an open port means ready. */
    @Override
    public boolean isReady() {
        return TcpProbe.accepts(config.mongoPort());
    }
}
