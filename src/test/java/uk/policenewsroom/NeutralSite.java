package uk.policenewsroom;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A stand-in for the neutral site the quick exit goes to: there is no internet in tests.
 * Another origin on this machine, started once per run.
 */
public final class NeutralSite {

	public static final String TITLE = "Weather forecast";

	private static final HttpServer SERVER = start();

	private NeutralSite() {
	}

	public static String url() {
		return "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/weather";
	}

	/** Points the quick exit of the application under test at this site. */
	public static class QuickExitToNeutralSite
			implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("neutralSite", Map.of("newsroom.site.quick-exit-url", url())));
		}

	}

	private static HttpServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", (exchange) -> {
				byte[] body = ("<!DOCTYPE html><html lang=\"en\"><head><title>" + TITLE
						+ "</title></head><body><h1>Sunny spells</h1></body></html>")
					.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
