/** The two messengers: to the background, and to a tab's content script. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundProtocol, ContentProtocol } from './protocol';

export const backgroundMessenger = defineExtensionMessaging<BackgroundProtocol>();
export const contentMessenger = defineExtensionMessaging<ContentProtocol>();
