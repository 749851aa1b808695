package org.atelier.testsupport.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every published contract file on the test's classpath, wherever it comes from (a module's own classes, or a jar):
 * the JSON Schemas {@code schemas/<service>/<Event>.v<N>.json}, the golden samples {@code samples/<service>/...} and the
 * AsyncAPI documents {@code asyncapi/<service>.asyncapi.yaml}. Found by these conventions, so a new contract is
 * checked the day it is added, without any list to keep.
 */
public final class ContractFiles {

    private ContractFiles() {
    }

    /** Classpath names of every schema of every events module visible to the test. */
    public static List<String> schemas() {
        return under("schemas/", name -> name.matches("schemas/[a-z][a-z0-9-]*/[A-Z][A-Za-z0-9]*\\.v[1-9][0-9]*\\.json"));
    }

    public static List<String> samples() {
        return under("samples/", name -> name.matches("samples/[a-z][a-z0-9-]*/[A-Z][A-Za-z0-9]*\\.v[1-9][0-9]*\\.json"));
    }

    public static List<String> asyncApiDocuments() {
        return under("asyncapi/", name -> name.matches("asyncapi/[a-z][a-z0-9-]*\\.asyncapi\\.ya?ml"));
    }

    public static String read(String resource) {
        try (InputStream in = loader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("Nothing on the classpath at " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> under(String folder, java.util.function.Predicate<String> accepted) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader().getResources(folder);
            for (URL root : Collections.list(roots)) {
                if ("file".equals(root.getProtocol())) {
                    Path base = Path.of(root.toURI());
                    try (Stream<Path> files = Files.walk(base)) {
                        files.filter(Files::isRegularFile)
                                .forEach(file -> names.add(folder + base.relativize(file).toString().replace('\\', '/')));
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (JarEntry entry : Collections.list(jar.entries())) {
                            if (!entry.isDirectory() && entry.getName().startsWith(folder)) {
                                names.add(entry.getName());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names.stream().filter(accepted).toList();
    }

    private static ClassLoader loader() {
        return Thread.currentThread().getContextClassLoader();
    }
}
