package dev.margin.domain.port;

/**
 * All of a venue's public margin market data: the five finer ports in one. Adapters implement this;
 * application code asks for the finer port it needs.
 */
public interface MarginMarketData
    extends CrossMarginSymbols,
        IsolatedMarginSymbols,
        LeveragedTokens,
        MarkPrices,
        MarginSettings {}
