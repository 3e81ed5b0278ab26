package dev.margin.tests.contract;

import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.port.CrossMarginSymbols;
import dev.margin.domain.port.IsolatedMarginSymbols;
import dev.margin.domain.port.LeveragedTokens;
import dev.margin.domain.port.MarginSettings;
import dev.margin.domain.port.MarkPriceStream;
import dev.margin.domain.port.MarkPrices;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.InMemoryMarkPriceStream;
import org.junit.jupiter.api.Nested;

/** The port contracts, run against the test kit's in-memory adapter. */
class InMemoryAdapterContractTest {

  final InMemoryMarginMarketData market = InMemoryMarginMarketData.ofKucoinExamples();

  @Nested
  class CrossSymbols extends CrossMarginSymbolsContract {
    @Override
    protected CrossMarginSymbols subject() {
      return market;
    }
  }

  @Nested
  class IsolatedSymbols extends IsolatedMarginSymbolsContract {
    @Override
    protected IsolatedMarginSymbols subject() {
      return market;
    }
  }

  @Nested
  class Tokens extends LeveragedTokensContract {
    @Override
    protected LeveragedTokens subject() {
      return market;
    }
  }

  @Nested
  class Prices extends MarkPricesContract {
    @Override
    protected MarkPrices subject() {
      return market;
    }
  }

  @Nested
  class Stream extends MarkPriceStreamContract {
    final InMemoryMarkPriceStream stream = new InMemoryMarkPriceStream();

    @Override
    protected MarkPriceStream subject() {
      return stream;
    }

    @Override
    protected void mark(MarkPrice price) {
      stream.mark(price);
    }
  }

  @Nested
  class Settings extends MarginSettingsContract {
    @Override
    protected MarginSettings subject() {
      return market;
    }
  }
}
