package uk.policenewsroom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests written byte for byte on a socket, as an attacker's tool sends them, so that
 * what no HTTP client library would send (TRACE, CONNECT, {@code //}, {@code %2F}, a
 * chunked body) reaches the server as it is.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** Sends the head (request line and headers, no blank line) and then the body. */
	public static Response send(int port, String head, byte[] body) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			Thread writer = new Thread(() -> {
				try {
					out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
					if (body != null) {
						for (int at = 0; at < body.length; at += 65536) {
							out.write(body, at, Math.min(65536, body.length - at));
						}
					}
					out.flush();
				}
				catch (IOException ex) {
					// The server may answer and close before reading the whole body.
				}
			});
			writer.start();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			try {
				for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
					received.write(buffer, 0, read);
				}
			}
			catch (IOException ex) {
				if (received.size() == 0) {
					throw ex;
				}
			}
			return Response.parse(received.toString(StandardCharsets.ISO_8859_1));
		}
	}

	public static Response get(int port, String target) throws IOException {
		return send(port,
				"GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html,*/*;q=0.8\r\nConnection: close",
				null);
	}

	/** A chunked body, in chunks of 8 KB. */
	public static byte[] chunked(byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int at = 0; at < content.length; at += 8192) {
			int length = Math.min(8192, content.length - at);
			out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.write(content, at, length);
			out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
		}
		out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
		return out.toByteArray();
	}

	/** Headers by lower-case name (the last one of a name wins). */
	public record Response(int status, Map<String, String> headers, String body) {

		static Response parse(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			String head = (end >= 0) ? raw.substring(0, end) : raw;
			String[] lines = head.split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
							lines[i].substring(colon + 1).strip());
				}
			}
			return new Response(status, headers, (end >= 0) ? raw.substring(end + 4) : "");
		}

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

}
