package dev.margin.adapters.http.kucoin;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;

/**
 * The WebSocket's listener for one link of a {@link StreamSession}: assembles text messages up to a
 * bound, and hands each, and every end of the link, to the session's control thread.
 */
final class StreamLink implements WebSocket.Listener {

  /** What the session does with a link's events, each on its control thread. */
  interface Control {
    void submit(Runnable task);

    void opened(int gen, WebSocket ws);

    void frame(int gen, String text);

    void frameDropped(int gen, String reason);

    void fail(int gen, String reason);
  }

  private final int gen;
  private final int maxFrameChars;
  private final Control control;
  private StringBuilder text = new StringBuilder();
  private boolean oversized;

  StreamLink(int gen, int maxFrameChars, Control control) {
    this.gen = gen;
    this.maxFrameChars = maxFrameChars;
    this.control = control;
  }

  @Override
  public void onOpen(WebSocket ws) {
    control.submit(() -> control.opened(gen, ws));
    ws.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
    if (!oversized) {
      if (text.length() + data.length() > maxFrameChars) {
        oversized = true;
        text = new StringBuilder();
      } else {
        text.append(data);
      }
    }
    if (last) {
      if (oversized) {
        oversized = false;
        int max = maxFrameChars;
        control.submit(
            () -> control.frameDropped(gen, "message longer than " + max + " characters"));
      } else {
        String message = text.toString();
        control.submit(() -> control.frame(gen, message));
      }
      text = new StringBuilder();
    }
    ws.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
    if (last) {
      control.submit(() -> control.frameDropped(gen, "binary message"));
    }
    ws.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
    control.submit(() -> control.fail(gen, "closed by the server: " + statusCode + " " + reason));
    return null;
  }

  @Override
  public void onError(WebSocket ws, Throwable error) {
    control.submit(() -> control.fail(gen, "link failed: " + StreamSession.cause(error)));
  }
}
