package dev.margin.domain.port;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.LeveragedToken;
import java.util.List;

/** The leveraged tokens (ETFs). */
public interface LeveragedTokens {

  /**
   * Every leveraged token.
   *
   * @return an immutable list, in the venue's order
   * @throws dev.margin.domain.model.MarketDataUnavailableException if they cannot be obtained
   */
  List<LeveragedToken> allLeveragedTokens();

  /**
   * One leveraged token.
   *
   * @param currency the token, e.g. {@code BTCUP}; never null
   * @return the token
   * @throws dev.margin.domain.model.NoSuchSymbolException if there is no such token
   * @throws dev.margin.domain.model.MarketDataUnavailableException if it cannot be obtained
   */
  LeveragedToken leveragedToken(Currency currency);
}
