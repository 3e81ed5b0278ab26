/**
 * margin-app's exact integer kernel: decimals as fixed-point longs, multiples by modular inverses,
 * 128-bit sums, packed codes and the open-addressing tables of the hot paths. Public only so that
 * margin-app's services can share it; not exported by the module, not part of the API, and free to
 * change in any release.
 */
package dev.margin.app.internal;
