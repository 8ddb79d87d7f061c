import { createSignal } from 'solid-js';
import { createMutation } from '@urql/solid';
import { CreateCohortMutation } from './queries';
import { COHORT_SLUG } from './regionCodes';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { Card } from '../../../lib/ui/Card';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Field } from '../../../lib/ui/Field';
import { limits } from '../../../gql/limits';

export function CreateCohortForm() {
  const [slug, setSlug] = createSignal('');
  const [name, setName] = createSignal('');
  const [description, setDescription] = createSignal('');
  const [localError, setLocalError] = createSignal('');
  const [result, create] = createMutation(CreateCohortMutation);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (!COHORT_SLUG.test(slug())) {
      setLocalError(t('cohorts.slugInvalid'));
      return;
    }
    setLocalError('');
    const res = await create({ input: { slug: slug(), name: name().trim(), description: description().trim() || null } });
    if (res.data) {
      setSlug('');
      setName('');
      setDescription('');
    }
  };

  return (
    <Card title={t('cohorts.create')}>
      <form class="grid gap-3 sm:grid-cols-2" onSubmit={submit}>
        <Field
          label={t('cohorts.slug')}
          hint={t('cohorts.slugHint')}
          required
          minLength={limits.region.cohortSlugMin}
          maxLength={limits.region.cohortSlugMax}
          value={slug()}
          onInput={(e) => setSlug(e.currentTarget.value.toLowerCase())}
        />
        <Field label={t('cohorts.name')} required minLength={limits.region.cohortNameMin} maxLength={limits.region.cohortNameMax} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
        <Field
          class="sm:col-span-2"
          label={t('cohorts.description')}
          maxLength={limits.region.cohortDescriptionMax}
          value={description()}
          onInput={(e) => setDescription(e.currentTarget.value)}
        />
        <div class="flex flex-col gap-2 sm:col-span-2">
          <ErrorBox message={localError()} error={result.error} />
          <Button type="submit" busy={result.fetching} class="self-start">
            {t('cohorts.createSubmit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
