package dev.margin.tests.stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.margin.adapters.http.kucoin.KucoinHttp;
import dev.margin.adapters.http.kucoin.KucoinStreamConfig;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.port.MarkPriceStream;
import dev.margin.tests.KucoinStubs;
import dev.margin.tests.contract.MarkPriceStreamContract;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stream's contract against the KuCoin adapter: the token from WireMock, the link to a loopback
 * WebSocket server that sends KuCoin's mark-price messages.
 */
class KucoinStreamContractTest extends MarkPriceStreamContract {
  @RegisterExtension static final WireMockExtension KUCOIN = KucoinStubs.loopbackServer();

  private LoopbackWebSocketServer server;
  private LoopbackWebSocketServer.Link link;
  private MarkPriceStream stream;

  @BeforeEach
  void startTheVenue() throws IOException {
    server = new LoopbackWebSocketServer();
    KucoinMarkPriceStreamTest.serveTokens(KUCOIN, server.endpoint(), 10_000, 10_000);
    stream =
        KucoinHttp.markPriceStream(
            KucoinStubs.config(KUCOIN),
            KucoinStreamConfig.defaults()
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))
                .withBackoff(Duration.ofMillis(5), Duration.ofMillis(20)));
  }

  @AfterEach
  void stopTheVenue() throws IOException {
    server.close();
  }

  @Override
  protected MarkPriceStream subject() {
    return stream;
  }

  @Override
  protected void mark(MarkPrice price) throws Exception {
    if (link == null) {
      link = server.awaitLink();
    }
    link.send(
        KucoinMarkPriceStreamTest.tick(
            price.symbol().code(), price.timePoint().toEpochMilli(), price.value().toString()));
  }
}
