package uk.policenewsroom;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The application as a real process of its own, on the main class path (never the test
 * classes), so that a test can kill it as an operating system would: no shutdown hooks,
 * no graceful anything.
 */
public final class AppProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path log;

	private AppProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts the application against a database and waits until it is ready. */
	public static AppProcess start(String jdbcUrl, Path log, String... extraArguments)
			throws IOException, InterruptedException {
		int port = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", mainClassPath(),
						"uk.policenewsroom.NewsroomApplication", "--server.port=" + port,
						"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
						"--spring.datasource.password=", "--newsroom.site.base-url=http://127.0.0.1:" + port,
						"--spring.main.banner-mode=off", "--logging.level.root=WARN"));
		command.addAll(List.of(extraArguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		AppProcess app = new AppProcess(process, port, log);
		app.awaitReady(Duration.ofSeconds(120));
		return app;
	}

	public int port() {
		return this.port;
	}

	public long pid() {
		return this.process.pid();
	}

	/** kill -9: the process gets no chance to finish anything. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

	private void awaitReady(Duration limit) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application stopped while starting: see " + this.log);
			}
			try {
				HttpResponse<String> ready = http.send(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (ready.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("The application was not ready within " + limit + ": see " + this.log);
	}

	/**
	 * The test run's class path without the test classes (whose test configurations a
	 * component scan would pick up). Surefire hands over a manifest-only jar, whose
	 * Class-Path lists the real entries.
	 */
	static String mainClassPath() throws IOException {
		List<String> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (entry.endsWith(".jar") && Path.of(entry).getFileName().toString().startsWith("surefire")) {
				try (JarFile jar = new JarFile(entry)) {
					Manifest manifest = jar.getManifest();
					String listed = (manifest != null) ? manifest.getMainAttributes().getValue("Class-Path") : null;
					if (listed != null) {
						for (String url : listed.split(" ")) {
							if (!url.isBlank()) {
								entries.add(Path.of(URI.create(url)).toString());
							}
						}
						continue;
					}
				}
			}
			entries.add(entry);
		}
		return String.join(File.pathSeparator,
				entries.stream().filter((entry) -> !entry.replace('\\', '/').endsWith("test-classes")).toList());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** The last lines of the process's log, for a failure message. */
	public String logTail() throws IOException {
		List<String> lines = Files.readAllLines(this.log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

}
