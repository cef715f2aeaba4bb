'use strict';
// The annotation desk: one form filled from the active suggestion or from a passage selected in the
// body; keys j/k move between suggestions, a records, r rejects, e edits the claim's text.
(function() {
    function ready(callback) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', callback);
        } else {
            callback();
        }
    }

    ready(function() {
        const desk = document.getElementById('desk');
        if (!desk) {
            return;
        }
        const form = document.getElementById('desk-form');
        const body = document.getElementById('desk-body');
        const rejectForm = document.getElementById('desk-reject-form');
        const rejectButton = document.getElementById('desk-reject');
        const candidates = document.getElementById('desk-candidates');
        const items = Array.from(desk.querySelectorAll('.desk-suggestion'));
        const jq = window.django && window.django.jQuery;
        let active = -1;
        let request = 0;

        function field(name) {
            return form.elements[name];
        }

        function setActor(id, name) {
            const select = field('actor');
            if (jq) {
                const $select = jq(select);
                $select.empty();
                if (id) {
                    $select.append(new Option(name, id, true, true));
                }
                $select.trigger('change');
            } else {
                select.value = id || '';
            }
        }

        // A first draft of the claim: the quote as a sentence, for the editor to rephrase.
        function draft(quote) {
            let text = quote.trim().replace(/^[«“"\s]+/, '').replace(/[»”"\s,;:]+$/, '');
            text = text.charAt(0).toUpperCase() + text.slice(1);
            if (text && !/[.!?…]$/.test(text)) {
                text += '.';
            }
            return text;
        }

        function fill(values) {
            field('suggestion').value = values.id || '';
            rejectForm.elements.suggestion.value = values.id || '';
            rejectButton.disabled = !values.id;
            field('start').value = values.start;
            field('end').value = values.end;
            field('quote').value = values.quote;
            field('cue').value = values.cue || '';
            form.querySelectorAll('input[name=stance]').forEach(function(radio) {
                radio.checked = radio.value === (values.stance || 'asserts');
            });
            setActor(values.actor, values.actorName);
            field('new_actor_name').value = values.actor ? '' : (values.actorText || '');
            field('new_actor_kind').value = values.actor ? '' : (values.kind || '');
            field('claim').value = '';
            field('claim_text').value = draft(values.quote);
            loadCandidates();
        }

        function mark(id) {
            body.querySelectorAll('.desk-active').forEach(function(piece) {
                piece.classList.remove('desk-active');
            });
            if (id) {
                body.querySelectorAll('[data-suggestion="' + id + '"]').forEach(function(piece) {
                    piece.classList.add('desk-active');
                });
            }
        }

        function activate(index, refill) {
            if (index < 0 || index >= items.length) {
                return;
            }
            items.forEach(function(item) {
                item.classList.remove('desk-current');
            });
            active = index;
            const item = items[index];
            item.classList.add('desk-current');
            const data = item.dataset;
            if (refill !== false) {
                fill({
                    id: data.id, start: data.start, end: data.end, quote: data.quote, cue: data.cue,
                    stance: data.stance, actor: data.actor, actorName: data.actorName,
                    actorText: data.actorText, kind: data.kind,
                });
            }
            mark(data.id);
            item.scrollIntoView({block: 'nearest'});
            const piece = body.querySelector('[data-suggestion="' + data.id + '"]');
            if (piece) {
                piece.scrollIntoView({block: 'nearest'});
            }
        }

        function loadCandidates() {
            const quote = field('quote').value;
            if (!quote.trim()) {
                candidates.replaceChildren();
                return;
            }
            const url = new URL(desk.dataset.similarUrl, window.location.href);
            url.searchParams.set('q', quote);
            url.searchParams.set('article', desk.dataset.article);
            url.searchParams.set('start', field('start').value);
            url.searchParams.set('end', field('end').value);
            const mine = ++request;
            fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
                .then(function(response) {
                    return response.ok ? response.json() : null;
                })
                .then(function(answer) {
                    if (answer && mine === request) {
                        showCandidates(answer);
                    }
                })
                .catch(function() {});
        }

        function choice(value, text, detail, checked) {
            const label = document.createElement('label');
            label.className = 'desk-candidate';
            const radio = document.createElement('input');
            radio.type = 'radio';
            radio.name = 'claim_choice';
            radio.value = value;
            radio.checked = checked;
            label.append(radio, ' ', text);
            if (detail) {
                const small = document.createElement('small');
                small.textContent = detail;
                label.append(' ', small);
            }
            return label;
        }

        function showCandidates(answer) {
            const chosen = field('claim').value;
            const title = document.createElement('p');
            title.className = 'desk-candidates-title';
            title.textContent = answer.results.length ? answer.labels.same : answer.labels.none;
            const list = [title];
            answer.results.forEach(function(claim) {
                list.push(choice(String(claim.id), claim.text, claim.detail, chosen === String(claim.id)));
            });
            list.push(choice('', answer.labels.new, '', !chosen));
            candidates.replaceChildren.apply(candidates, list);
            syncClaim();
        }

        function syncClaim() {
            const picked = candidates.querySelector('input[name=claim_choice]:checked');
            field('claim').value = picked ? picked.value : '';
            form.querySelector('.desk-claim-text').classList.toggle('desk-muted', Boolean(field('claim').value));
        }

        candidates.addEventListener('change', syncClaim);

        items.forEach(function(item, index) {
            item.querySelector('.desk-pick').addEventListener('click', function() {
                activate(index);
            });
        });

        body.addEventListener('click', function(event) {
            const piece = event.target.closest('[data-suggestion]');
            const selection = window.getSelection();
            if (!piece || !piece.dataset.suggestion || (selection && !selection.isCollapsed)) {
                return;
            }
            const index = items.findIndex(function(item) {
                return item.dataset.id === piece.dataset.suggestion;
            });
            if (index !== -1) {
                activate(index);
            }
        });

        // Characters of the body before (node, offset): the body's text is the article's, verbatim.
        function offsetOf(node, offset) {
            const range = document.createRange();
            range.selectNodeContents(body);
            range.setEnd(node, offset);
            return range.toString().length;
        }

        body.addEventListener('mouseup', function() {
            const selection = window.getSelection();
            if (!selection || selection.isCollapsed || !selection.rangeCount) {
                return;
            }
            const range = selection.getRangeAt(0);
            if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) {
                return;
            }
            const text = body.textContent;
            let start = offsetOf(range.startContainer, range.startOffset);
            let end = offsetOf(range.endContainer, range.endOffset);
            while (start < end && /\s/.test(text[start])) {
                start++;
            }
            while (end > start && /\s/.test(text[end - 1])) {
                end--;
            }
            if (end <= start) {
                return;
            }
            items.forEach(function(item) {
                item.classList.remove('desk-current');
            });
            active = -1;
            mark(null);
            fill({start: start, end: end, quote: text.slice(start, end), stance: 'asserts'});
        });

        form.addEventListener('keydown', function(event) {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                form.requestSubmit();
            }
        });

        document.addEventListener('keydown', function(event) {
            const target = event.target;
            const typing = target.matches('textarea, select, input:not([type=radio]):not([type=checkbox])') ||
                target.isContentEditable;
            if (typing || event.ctrlKey || event.metaKey || event.altKey) {
                return;
            }
            const moves = {j: 1, ArrowDown: 1, k: -1, ArrowUp: -1};
            if (event.key in moves && !target.matches('input')) {
                event.preventDefault();
                const next = active === -1 ? 0 : active + moves[event.key];
                activate(Math.max(0, Math.min(items.length - 1, next)));
            } else if (event.key === 'a') {
                event.preventDefault();
                form.requestSubmit();
            } else if (event.key === 'r' && field('suggestion').value) {
                event.preventDefault();
                rejectForm.submit();
            } else if (event.key === 'e') {
                // The drafted claim selected whole: typing replaces it, arrows keep and amend it.
                event.preventDefault();
                field('claim_text').focus();
                field('claim_text').select();
            }
        });

        // On load: after a save, the next suggestion from where the editor was; after a refusal, the
        // form as the editor left it (nothing refilled), with its suggestion marked.
        const focus = desk.dataset.focus;
        if (desk.dataset.focusKind === 'id') {
            const index = items.findIndex(function(item) {
                return item.dataset.id === focus;
            });
            if (index !== -1) {
                activate(index, false);
            }
            rejectForm.elements.suggestion.value = field('suggestion').value;
            rejectButton.disabled = !field('suggestion').value;
            loadCandidates();
        } else if (items.length) {
            const from = focus === '' ? 0 : Number(focus);
            const index = items.findIndex(function(item) {
                return Number(item.dataset.start) >= from;
            });
            activate(index === -1 ? 0 : index);
        } else {
            rejectButton.disabled = true;
        }
    });
})();
