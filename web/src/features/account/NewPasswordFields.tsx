import { Field } from '../../lib/ui/Field';
import { MAX_PASSWORD, MIN_PASSWORD, type NewPassword } from './newPassword';
import { t } from './i18n';

interface Props {
  password: NewPassword;
  hint: string;
}

/** The new password and its repetition, labelled, with errors read out beside each field. */
export function NewPasswordFields(props: Props) {
  return (
    <>
      <Field
        label={t('password.new')}
        type="password"
        name="new-password"
        autocomplete="new-password"
        testid="new-password"
        required
        minLength={MIN_PASSWORD}
        maxLength={MAX_PASSWORD}
        hint={props.hint}
        error={props.password.error()}
        value={props.password.value()}
        onInput={(e) => props.password.setValue(e.currentTarget.value)}
      />
      <Field
        label={t('password.repeat')}
        type="password"
        name="repeat-password"
        autocomplete="new-password"
        testid="repeat-password"
        required
        maxLength={MAX_PASSWORD}
        error={props.password.repeatError()}
        value={props.password.repeat()}
        onInput={(e) => props.password.setRepeat(e.currentTarget.value)}
      />
    </>
  );
}
