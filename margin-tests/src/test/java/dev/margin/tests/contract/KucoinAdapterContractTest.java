package dev.margin.tests.contract;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.margin.adapters.http.kucoin.KucoinHttp;
import dev.margin.domain.port.CrossMarginSymbols;
import dev.margin.domain.port.IsolatedMarginSymbols;
import dev.margin.domain.port.LeveragedTokens;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.domain.port.MarginSettings;
import dev.margin.domain.port.MarkPrices;
import dev.margin.tests.KucoinStubs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The port contracts, run against the real KuCoin adapter (Feign, Jackson, the JDK HTTP client)
 * talking to WireMock on loopback, which serves KuCoin's example bodies.
 */
class KucoinAdapterContractTest {

  @RegisterExtension static final WireMockExtension KUCOIN = KucoinStubs.loopbackServer();

  MarginMarketData kucoin;

  @BeforeEach
  void serveExamples() {
    KucoinStubs.serveExampleMarket(KUCOIN);
    kucoin = KucoinHttp.create(KucoinStubs.config(KUCOIN));
  }

  @Nested
  class CrossSymbols extends CrossMarginSymbolsContract {
    @Override
    protected CrossMarginSymbols subject() {
      return kucoin;
    }
  }

  @Nested
  class IsolatedSymbols extends IsolatedMarginSymbolsContract {
    @Override
    protected IsolatedMarginSymbols subject() {
      return kucoin;
    }
  }

  @Nested
  class Tokens extends LeveragedTokensContract {
    @Override
    protected LeveragedTokens subject() {
      return kucoin;
    }
  }

  @Nested
  class Prices extends MarkPricesContract {
    @Override
    protected MarkPrices subject() {
      return kucoin;
    }
  }

  @Nested
  class Settings extends MarginSettingsContract {
    @Override
    protected MarginSettings subject() {
      return kucoin;
    }
  }
}
