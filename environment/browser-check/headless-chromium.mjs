// Debian's Chromium, started headless the way both browser checks need it: as root without a sandbox, and without the
// background connections (updates, sync, QUIC) that this machine's closed network would refuse many at a time.
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.SEGMENTA_CHROMIUM || '/usr/bin/chromium';

/** @returns {Promise<import('playwright-core').Browser>} a headless Chromium that makes no requests of its own */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
           '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
