// Starts a conversation on this server's Direct Line endpoint and renders Microsoft's Web Chat on it.
// Polling (webSocket: false) because the endpoint implements Direct Line's HTTP subset only.
(async function () {
  'use strict';
  const domain = location.origin + '/v3/directline';

  function problem(text) {
    const p = document.getElementById('problem');
    p.textContent = text;
    p.hidden = false;
  }

  if (!window.WebChat) {
    problem('Web Chat did not load. Rebuild the project (the build installs it with npm).');
    return;
  }

  let token;
  try {
    const response = await fetch(domain + '/tokens/generate', { method: 'POST' });
    if (!response.ok) throw new Error('status ' + response.status);
    token = (await response.json()).token;
  } catch (error) {
    problem('Could not start a conversation with the bot (' + error.message + ').');
    return;
  }

  // Each page load is a new conversation with its own token; DirectLineJS refreshes the token itself.
  const directLine = window.WebChat.createDirectLine({ domain, token, webSocket: false, pollingInterval: 500 });

  window.WebChat.renderWebChat(
    {
      directLine,
      userID: 'worker',
      username: 'You',
      locale: 'en-GB',
      styleOptions: {
        // Our cards declare 1.5, the version Teams renders; refuse anything newer, as Teams would.
        adaptiveCardsParserMaxVersion: '1.5',
        bubbleMaxWidth: 600,
        botAvatarInitials: 'GB',
        userAvatarInitials: 'You',
        hideUploadButton: true
      }
    },
    document.getElementById('webchat')
  );
  document.querySelector('#webchat input, #webchat textarea')?.focus();
})();
