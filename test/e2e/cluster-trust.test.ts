// Restricted Mode and the cluster: the cluster commands run Docker with the folder mounted, so in an
// untrusted folder they explain that trust is needed (and offer to manage it) and start nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureFailures } from './harness/capture-failures.js';
import { labelledContainers, removeLabelled } from './harness/docker.js';
import { waitForNotification } from './harness/notifications.js';
import { startSession, type Session } from './harness/session.js';
import { showFlinkView, waitForFlinkContributions } from './harness/tree-view.js';

const TRUST_MESSAGE =
  'The local Flink cluster runs Docker containers with this folder mounted, so it needs a trusted workspace. Analysis keeps working in Restricted Mode.';

let session: Session | undefined;
let folder = '';
beforeAll(async () => {
  session = await startSession({
    name: 'cluster-trust',
    trusted: false,
    settings: { 'flinkFt.cluster.image': 'flinkft/flink:local', 'flinkFt.cluster.restPort': 18382 },
  });
  folder = session.workspace.folder;
  await waitForFlinkContributions(session.page);
});
afterAll(async () => {
  if (folder) await removeLabelled(folder);
  await session?.stop();
});
captureFailures(() => session);

function s(): Session {
  if (!session) throw new Error('no UI session');
  return session;
}

describe('cluster commands in Restricted Mode', () => {
  it('the Flink view explains that the cluster needs trust', async () => {
    const { page, workbench } = s();
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor();
    await showFlinkView(page, (title) => workbench.runCommand(title));
    const welcome = page.locator('.pane-body.welcome .welcome-view-content');
    await welcome.locator('p', { hasText: 'needs a trusted workspace' }).waitFor();
    expect((await welcome.locator('p').allInnerTexts()).map((t) => t.trim())).toEqual([
      'The local Flink cluster runs Docker containers with this folder mounted, so it needs a trusted workspace. Analysis works in Restricted Mode.',
    ]);
    expect((await welcome.locator('.monaco-button').allInnerTexts()).map((t) => t.trim())).toEqual(['Manage Workspace Trust']);
  });

  it('Start Local Cluster says that trust is needed, offers to manage it, and starts nothing', async () => {
    const { page, workbench } = s();
    await workbench.runCommand('Flink: Start Local Cluster');
    const shown = await waitForNotification(page, 'that trust is needed', (message) => message === TRUST_MESSAGE);
    expect(shown.buttons).toEqual(['Manage Workspace Trust']);
    await workbench.screenshot('restricted-cluster');
    expect(await labelledContainers(folder)).toEqual([]);
  });

  it('Add TaskManager says the same', async () => {
    const { page, workbench } = s();
    await page.locator('.notifications-toasts .notification-list-item').first().waitFor();
    await workbench.runCommand('Notifications: Clear All Notifications');
    await page.locator('.notifications-toasts .notification-list-item').first().waitFor({ state: 'detached' });
    await workbench.runCommand('Flink: Add TaskManager');
    const shown = await waitForNotification(page, 'that trust is needed', (message) => message === TRUST_MESSAGE);
    expect(shown.buttons).toEqual(['Manage Workspace Trust']);
    expect(await labelledContainers(folder)).toEqual([]);
  });
});
